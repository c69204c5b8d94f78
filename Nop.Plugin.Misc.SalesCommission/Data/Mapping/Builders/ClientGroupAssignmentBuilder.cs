using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="ClientGroupAssignment"/>: the staff assigned to a client group and their split.
/// </summary>
public class ClientGroupAssignmentBuilder : NopEntityBuilder<ClientGroupAssignment>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(ClientGroupAssignment.Split)).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale);
    }

    #endregion
}
