using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// Version 1.2.0 of an installed store's schema: an entry's derivation as data (<see cref="CommissionEntry.Derivation"/>).
/// Entries written before keep their English explanation text, which views show when an entry has no derivation. A
/// fresh install gets the column from <see cref="SchemaMigration"/>.
/// </summary>
[NopMigration("2026/12/07 10:10:00:0000000", "Nop.Plugin.Misc.SalesCommission 1.2.0: entry derivations", MigrationProcessType.Update)]
public class EntryDerivationMigration : SalesCommissionMigration
{
    #region Methods

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        if (ColumnMissing<CommissionEntry>(nameof(CommissionEntry.Derivation)))
            Alter.Table(TableName<CommissionEntry>()).AddColumn(nameof(CommissionEntry.Derivation)).AsString(int.MaxValue).Nullable();
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
