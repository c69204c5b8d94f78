using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="DisputeMessage"/>: one message of a dispute's thread.
/// </summary>
public class DisputeMessageBuilder : NopEntityBuilder<DisputeMessage>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(DisputeMessage.DisputeId)).AsInt32().ForeignKey<CommissionDispute>(onDelete: Rule.Cascade)
            .WithColumn(nameof(DisputeMessage.Text)).AsString(DisputeMessage.MaxTextLength).NotNullable();
    }

    #endregion
}
