using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="ReportTotal"/>: the ledger added up by day for reports; sums are kept unrounded, as precisely as the
/// credited sales they add up.
/// </summary>
public class ReportTotalBuilder : NopEntityBuilder<ReportTotal>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ReportTotal.Commission)).AsDecimal(28, 12)
            .WithColumn(nameof(ReportTotal.Sales)).AsDecimal(28, 12);
    }

    #endregion
}
