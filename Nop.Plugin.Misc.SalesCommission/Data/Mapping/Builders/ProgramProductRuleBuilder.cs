using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="ProgramProductRule"/>: a percent-per-product rule; it goes with its program.
/// </summary>
public class ProgramProductRuleBuilder : NopEntityBuilder<ProgramProductRule>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ProgramProductRule.ProgramId)).AsInt32().ForeignKey<CommissionProgram>(onDelete: Rule.Cascade)
            .WithColumn(nameof(ProgramProductRule.Rate)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable()
            .WithColumn(nameof(ProgramProductRule.FixedPerUnit)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable();
    }

    #endregion
}
