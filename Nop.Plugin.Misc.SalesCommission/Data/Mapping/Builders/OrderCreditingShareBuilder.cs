using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="OrderCreditingShare"/>: a beneficiary of an order's stored crediting.
/// </summary>
public class OrderCreditingShareBuilder : NopEntityBuilder<OrderCreditingShare>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(OrderCreditingShare.Split)).AsDecimal(18, 4)
            .WithColumn(nameof(OrderCreditingShare.ManagerIds)).AsString(OrderCreditingShare.ManagerIdsLength).NotNullable().WithDefaultValue(string.Empty);
    }

    #endregion
}
