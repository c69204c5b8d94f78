using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="CommissionTarget"/>: a sales target.
/// </summary>
public class CommissionTargetBuilder : NopEntityBuilder<CommissionTarget>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(CommissionTarget.Amount)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale);
    }

    #endregion
}
