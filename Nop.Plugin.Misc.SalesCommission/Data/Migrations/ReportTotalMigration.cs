using Nop.Data.Migrations;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// Version 1.3.0 of an installed store's schema: the report totals table (the ledger added up by day). A fresh install
/// gets it from <see cref="SchemaMigration"/>; <see cref="ReportTotalBackfillMigration"/> fills it from the ledger.
/// </summary>
[NopMigration("2026/12/07 12:50:00:0000000", "Nop.Plugin.Misc.SalesCommission 1.3.0: report totals", MigrationProcessType.Update)]
public class ReportTotalMigration : SalesCommissionMigration
{
    #region Methods

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        SchemaMigration.CreateReportTotalTable(this);
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
