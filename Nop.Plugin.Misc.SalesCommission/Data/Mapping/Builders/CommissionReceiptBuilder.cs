using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="CommissionReceipt"/>: a payout statement.
/// </summary>
public class CommissionReceiptBuilder : NopEntityBuilder<CommissionReceipt>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(CommissionReceipt.Number)).AsString(CommissionReceipt.NumberLength).NotNullable()
            .WithColumn(nameof(CommissionReceipt.Total)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale)
            .WithColumn(nameof(CommissionReceipt.PaymentMethod)).AsString(CommissionReceipt.PaymentTextLength).Nullable()
            .WithColumn(nameof(CommissionReceipt.PaymentReference)).AsString(CommissionReceipt.PaymentTextLength).Nullable();
    }

    #endregion
}
