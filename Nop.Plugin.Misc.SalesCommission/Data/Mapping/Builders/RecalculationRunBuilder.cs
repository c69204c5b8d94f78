using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="RecalculationRun"/>: a recalculation run.
/// </summary>
public class RecalculationRunBuilder : NopEntityBuilder<RecalculationRun>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(RecalculationRun.NetChange)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale);
    }

    #endregion
}
