using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="ProgramScopeItem"/>: a scope item; it goes with its program.
/// </summary>
public class ProgramScopeItemBuilder : NopEntityBuilder<ProgramScopeItem>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ProgramScopeItem.ProgramId)).AsInt32().ForeignKey<CommissionProgram>(onDelete: Rule.Cascade);
    }

    #endregion
}
