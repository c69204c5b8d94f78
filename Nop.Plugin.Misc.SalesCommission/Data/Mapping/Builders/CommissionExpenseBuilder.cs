using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="CommissionExpense"/>: the booking of a paid receipt; the receipt is referenced without a foreign key so the journal outlives it.
/// </summary>
public class CommissionExpenseBuilder : NopEntityBuilder<CommissionExpense>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(CommissionExpense.Category)).AsString(CommissionExpense.CategoryLength).NotNullable()
            .WithColumn(nameof(CommissionExpense.Amount)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale)
            .WithColumn(nameof(CommissionExpense.Reference)).AsString(CommissionReceipt.NumberLength).Nullable()
            .WithColumn(nameof(CommissionExpense.Note)).AsString(CommissionExpense.NoteLength).Nullable();
    }

    #endregion
}
