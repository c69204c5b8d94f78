using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="OrderCrediting"/>: an order's crediting as decided when it was paid.
/// </summary>
public class OrderCreditingBuilder : NopEntityBuilder<OrderCrediting>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        //no foreign key to the order: a deleted order keeps its ledger and its crediting
        table
            .WithColumn(nameof(OrderCrediting.OrderId)).AsInt32().NotNullable();
    }

    #endregion
}
