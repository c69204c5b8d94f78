using Nop.Data;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Services;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// Version 1.3.0 of an installed store's data: the report totals added up from the ledger written before they existed.
/// It runs after <see cref="ReportTotalMigration"/> has created the table (a migration's own schema steps run only
/// after its Up), and replaces whatever totals there are, so running it again changes nothing.
/// </summary>
[NopMigration("2026/12/07 12:50:01:0000000", "Nop.Plugin.Misc.SalesCommission 1.3.0: report totals from the ledger", MigrationProcessType.Update)]
public class ReportTotalBackfillMigration : SalesCommissionMigration
{
    #region Fields

    private readonly INopDataProvider _dataProvider;

    #endregion

    #region Ctor

    /// <summary>Creates the migration.</summary>
    public ReportTotalBackfillMigration(INopDataProvider dataProvider)
    {
        _dataProvider = dataProvider;
    }

    #endregion

    #region Methods

    /// <summary>
    /// Adds up the ledger into the report totals
    /// </summary>
    public override void Up()
    {
        ReportTotalRebuild.RunAsync(_dataProvider).GetAwaiter().GetResult();
    }

    /// <summary>
    /// Collects the DOWN migration expressions: nothing (the totals go with their table).
    /// </summary>
    public override void Down()
    {
    }

    #endregion
}
