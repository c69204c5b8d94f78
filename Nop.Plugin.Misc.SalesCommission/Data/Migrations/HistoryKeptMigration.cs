using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// Version 1.2.0 of an installed store's schema: history kept (rules §5). An order's crediting as decided when it was
/// paid (<see cref="OrderCrediting"/>, <see cref="OrderCreditingShare"/>) and the versions of a program's money terms
/// (<see cref="ProgramTermsVersion"/>). Orders paid before it have no stored crediting: they are credited from today's
/// assignments, as before, and the first applied recalculation stores it. A fresh install gets the same from
/// <see cref="SchemaMigration"/>; each step leaves what already exists as it is.
/// </summary>
[NopMigration("2026/12/07 10:30:00:0000000", "Nop.Plugin.Misc.SalesCommission 1.2.0: stored crediting, program versions", MigrationProcessType.Update)]
public class HistoryKeptMigration : SalesCommissionMigration
{
    #region Methods

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        SchemaMigration.CreateHistoryTables(this);
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
