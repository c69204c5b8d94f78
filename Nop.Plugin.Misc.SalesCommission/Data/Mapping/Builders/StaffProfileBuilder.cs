using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="StaffProfile"/>: a staff member.
/// </summary>
public class StaffProfileBuilder : NopEntityBuilder<StaffProfile>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        //every column is an int, a bool or a date, which the host maps by itself; the unique index on CustomerId is made by the schema migration
    }

    #endregion
}
