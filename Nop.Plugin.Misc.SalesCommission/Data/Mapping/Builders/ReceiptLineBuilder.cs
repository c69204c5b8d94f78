using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="ReceiptLine"/>: an entry gathered by a receipt; the line goes with its receipt, while the entry is referenced without a foreign key because a recalculation may replace it after a void.
/// </summary>
public class ReceiptLineBuilder : NopEntityBuilder<ReceiptLine>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ReceiptLine.ReceiptId)).AsInt32().ForeignKey<CommissionReceipt>(onDelete: Rule.Cascade)
            .WithColumn(nameof(ReceiptLine.Amount)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale);
    }

    #endregion
}
