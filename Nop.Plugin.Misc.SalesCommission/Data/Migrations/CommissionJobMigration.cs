using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// Background jobs for an installed store: the job table and its index. A fresh install gets both from
/// <see cref="SchemaMigration"/>; each step leaves what already exists as it is, so nothing is lost.
/// </summary>
[NopMigration("2026/12/07 11:00:00:0000000", "Nop.Plugin.Misc.SalesCommission: background jobs", MigrationProcessType.Update)]
public class CommissionJobMigration : SalesCommissionMigration
{
    #region Methods

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        CreateTableIfMissing<CommissionJob>();
        CreateIndexIfMissing<CommissionJob>(SchemaMigration.JobKindIndex, false, SchemaMigration.JobKindColumns);
    }

    /// <summary>
    /// Collects the DOWN migration expressions: nothing. The host runs it on uninstall even where the install only
    /// recorded it; <see cref="SchemaMigration"/> drops the tables when the store asked for it.
    /// </summary>
    public override void Down()
    {
    }

    #endregion
}
