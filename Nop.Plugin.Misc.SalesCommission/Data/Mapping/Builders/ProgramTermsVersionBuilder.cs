using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="ProgramTermsVersion"/>: a version of a program's money terms; it goes with its program.
/// </summary>
public class ProgramTermsVersionBuilder : NopEntityBuilder<ProgramTermsVersion>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ProgramTermsVersion.ProgramId)).AsInt32().ForeignKey<CommissionProgram>(onDelete: Rule.Cascade)
            .WithColumn(nameof(ProgramTermsVersion.Terms)).AsString(int.MaxValue).NotNullable()
            .WithColumn(nameof(ProgramTermsVersion.ChangedTerms)).AsString(100).NotNullable().WithDefaultValue(string.Empty);
    }

    #endregion
}
