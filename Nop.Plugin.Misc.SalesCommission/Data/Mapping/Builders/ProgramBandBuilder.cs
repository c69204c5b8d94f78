using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="ProgramBand"/>: a ladder band; it goes with its program (and its product ladder, if any).
/// </summary>
public class ProgramBandBuilder : NopEntityBuilder<ProgramBand>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ProgramBand.ProgramId)).AsInt32().ForeignKey<CommissionProgram>(onDelete: Rule.Cascade)
            //a program's ladders and their bands are replaced together on save: the band's second path to its program does not cascade
            .WithColumn(nameof(ProgramBand.ProductLadderId)).AsInt32().Nullable().ForeignKey<ProgramProductLadder>(onDelete: Rule.None)
            .WithColumn(nameof(ProgramBand.From)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale)
            .WithColumn(nameof(ProgramBand.To)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable()
            .WithColumn(nameof(ProgramBand.Rate)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable()
            .WithColumn(nameof(ProgramBand.FixedAmount)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable();
    }

    #endregion
}
