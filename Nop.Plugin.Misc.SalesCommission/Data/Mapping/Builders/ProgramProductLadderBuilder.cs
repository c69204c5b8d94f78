using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="ProgramProductLadder"/>: a ProductLadder program's ladder; it goes with its program.
/// </summary>
public class ProgramProductLadderBuilder : NopEntityBuilder<ProgramProductLadder>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ProgramProductLadder.ProgramId)).AsInt32().ForeignKey<CommissionProgram>(onDelete: Rule.Cascade);
    }

    #endregion
}
