using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="ProgramBeneficiary"/>: a beneficiary of a program; it goes with its program.
/// </summary>
public class ProgramBeneficiaryBuilder : NopEntityBuilder<ProgramBeneficiary>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ProgramBeneficiary.ProgramId)).AsInt32().ForeignKey<CommissionProgram>(onDelete: Rule.Cascade);
    }

    #endregion
}
