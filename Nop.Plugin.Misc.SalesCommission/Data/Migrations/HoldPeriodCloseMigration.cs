using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// Version 1.2.0 of an installed store's schema: a program's own hold period, the closed month an adjustment corrects,
/// the closed months, and disputes with their threads. A fresh install gets all of it from <see cref="SchemaMigration"/>; each step leaves what
/// already exists as it is.
/// </summary>
[NopMigration("2026/12/07 11:10:00:0000000", "Nop.Plugin.Misc.SalesCommission 1.2.0: hold period, period close, disputes", MigrationProcessType.Update)]
public class HoldPeriodCloseMigration : SalesCommissionMigration
{
    #region Methods

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        if (ColumnMissing<CommissionProgram>(nameof(CommissionProgram.HoldDays)))
            Alter.Table(TableName<CommissionProgram>()).AddColumn(nameof(CommissionProgram.HoldDays)).AsInt32().Nullable();
        if (ColumnMissing<CommissionEntry>(nameof(CommissionEntry.CorrectsMonthUtc)))
            Alter.Table(TableName<CommissionEntry>()).AddColumn(nameof(CommissionEntry.CorrectsMonthUtc)).AsDateTime2().Nullable();

        CreateTableIfMissing<ClosedPeriod>();
        CreateIndexIfMissing<ClosedPeriod>(SchemaMigration.ClosedPeriodMonthIndex, true, nameof(ClosedPeriod.MonthStartUtc));

        CreateTableIfMissing<CommissionDispute>();
        CreateTableIfMissing<DisputeMessage>();
        CreateIndexIfMissing<CommissionDispute>(SchemaMigration.DisputeStatusIndex, false, SchemaMigration.DisputeStatusColumns);
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
