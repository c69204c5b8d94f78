using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="CommissionProgram"/>: a commission program.
/// </summary>
public class CommissionProgramBuilder : NopEntityBuilder<CommissionProgram>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(CommissionProgram.Name)).AsString(CommissionProgram.NameLength).NotNullable()
            .WithColumn(nameof(CommissionProgram.Rate)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable()
            .WithColumn(nameof(CommissionProgram.FixedAmount)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable()
            .WithColumn(nameof(CommissionProgram.DefaultRate)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale)
            .WithColumn(nameof(CommissionProgram.FirstOrderRate)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable()
            .WithColumn(nameof(CommissionProgram.AcceleratorThresholdPercent)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable()
            .WithColumn(nameof(CommissionProgram.AcceleratorFactor)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable()
            .WithColumn(nameof(CommissionProgram.CapPerOrder)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable()
            .WithColumn(nameof(CommissionProgram.CapPerPeriodAmount)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable();
    }

    #endregion
}
