using System.Data;
using FluentMigrator.Builders.Create.Table;
using Nop.Data.Extensions;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="PartnerClient"/>: a client linked to a partner; the link goes with its partner.
/// </summary>
public class PartnerClientBuilder : NopEntityBuilder<PartnerClient>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(PartnerClient.PartnerId)).AsInt32().ForeignKey<CommissionPartner>(onDelete: Rule.Cascade);
    }

    #endregion
}
