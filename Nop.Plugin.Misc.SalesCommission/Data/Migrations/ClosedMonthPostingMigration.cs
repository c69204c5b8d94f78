using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// Version 1.3.0 of an installed store's schema: where the hold of an entry posted out of a closed month starts (its
/// order's paid time). Entries written before keep null, so their hold runs from their date as it did. A fresh install
/// gets the column from <see cref="SchemaMigration"/>.
/// </summary>
[NopMigration("2026/12/07 12:45:00:0000000", "Nop.Plugin.Misc.SalesCommission 1.3.0: the hold of an entry posted out of a closed month", MigrationProcessType.Update)]
public class ClosedMonthPostingMigration : SalesCommissionMigration
{
    #region Methods

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        if (ColumnMissing<CommissionEntry>(nameof(CommissionEntry.HoldFromUtc)))
            Alter.Table(TableName<CommissionEntry>()).AddColumn(nameof(CommissionEntry.HoldFromUtc)).AsDateTime2().Nullable();
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
