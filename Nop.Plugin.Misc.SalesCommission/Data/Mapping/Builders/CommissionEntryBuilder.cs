using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="CommissionEntry"/>: a ledger entry; no foreign key at all, because entries are append-only and must outlive programs, orders and customers.
/// </summary>
public class CommissionEntryBuilder : NopEntityBuilder<CommissionEntry>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(CommissionEntry.Base)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale)
            .WithColumn(nameof(CommissionEntry.Amount)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale);
    }

    #endregion
}
