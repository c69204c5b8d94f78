using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// Version 1.3.0 of an installed store's schema: the program row's JSON column for the terms of a type that carries its
/// own (<see cref="CommissionProgram.TypeTerms"/>). A fresh install gets it from <see cref="SchemaMigration"/> (the
/// program table is created from its entity); an existing column is left as it is.
/// </summary>
[NopMigration("2026/12/07 12:55:00:0000000", "Nop.Plugin.Misc.SalesCommission 1.3.0: terms of a program type of its own", MigrationProcessType.Update)]
public class TypeTermsMigration : SalesCommissionMigration
{
    #region Methods

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        if (ColumnMissing<CommissionProgram>(nameof(CommissionProgram.TypeTerms)))
            Alter.Table(TableName<CommissionProgram>()).AddColumn(nameof(CommissionProgram.TypeTerms)).AsString(int.MaxValue).Nullable();
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
