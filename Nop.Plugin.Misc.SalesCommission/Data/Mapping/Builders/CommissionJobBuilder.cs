using FluentMigrator.Builders.Create.Table;
using Nop.Data.Mapping.Builders;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping.Builders;

/// <summary>
/// Maps <see cref="CommissionJob"/>: a background job.
/// </summary>
public class CommissionJobBuilder : NopEntityBuilder<CommissionJob>
{
    #region Methods

    /// <summary>
    /// Apply entity configuration
    /// </summary>
    /// <param name="table">Create table expression builder</param>
    public override void MapEntity(CreateTableExpressionBuilder table)
    {
        table
            .WithColumn(nameof(CommissionJob.Parameters)).AsString(int.MaxValue).Nullable()
            .WithColumn(nameof(CommissionJob.Result)).AsString(int.MaxValue).Nullable()
            .WithColumn(nameof(CommissionJob.Message)).AsString(int.MaxValue).Nullable();
    }

    #endregion
}
