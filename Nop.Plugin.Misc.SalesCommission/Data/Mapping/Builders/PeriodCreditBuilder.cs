using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="PeriodCredit"/>: what an order added to a period ladder's total.
/// </summary>
public class PeriodCreditBuilder : NopEntityBuilder<PeriodCredit>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        //split shares of a period total are never rounded (rules §9.2): keep far more decimals than money needs
        table
            .WithColumn(nameof(PeriodCredit.Amount)).AsDecimal(28, 12)
            //part of the unique key: empty rather than null, so that every database compares it
            .WithColumn(nameof(PeriodCredit.Target)).AsString(PeriodCredit.TargetLength).NotNullable().WithDefaultValue(string.Empty);
    }

    #endregion
}
