using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="StaffCreditedSale"/>: a staff member's credited net sales of one order.
/// </summary>
public class StaffCreditedSaleBuilder : NopEntityBuilder<StaffCreditedSale>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        //split shares are never rounded before they are summed against a target (rules §7)
        table
            .WithColumn(nameof(StaffCreditedSale.NetSales)).AsDecimal(28, 12);
    }

    #endregion
}
