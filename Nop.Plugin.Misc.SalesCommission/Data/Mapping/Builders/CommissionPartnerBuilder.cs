using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="CommissionPartner"/>: a partner.
/// </summary>
public class CommissionPartnerBuilder : NopEntityBuilder<CommissionPartner>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(CommissionPartner.Name)).AsString(CommissionPartner.NameLength).NotNullable();
    }

    #endregion
}
