using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="ProgramOverrideLevel"/>: an override level; it goes with its program.
/// </summary>
public class ProgramOverrideLevelBuilder : NopEntityBuilder<ProgramOverrideLevel>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ProgramOverrideLevel.ProgramId)).AsInt32().ForeignKey<CommissionProgram>(onDelete: Rule.Cascade)
            .WithColumn(nameof(ProgramOverrideLevel.Percent)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale);
    }

    #endregion
}
