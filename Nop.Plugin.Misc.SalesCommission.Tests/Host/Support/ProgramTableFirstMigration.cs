using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Mapping;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;

/// <summary>
/// Creates the program table before the plugin's schema migration runs. On an empty database that migration
/// queues both the table (with the accelerator columns) and "add accelerator columns" because its existence
/// checks run before anything is created, so a first install fails with "duplicate column"; this keeps the
/// host tests running until the migration checks for the table first.
/// </summary>
[NopMigration("2025/11/22 09:00:00:0000000", "Sales commission host tests: program table first", MigrationProcessType.Installation)]
public class ProgramTableFirstMigration : Migration
{
    /// <inheritdoc />
    public override void Up() => Create.TableFor<CommissionProgram>();

    /// <inheritdoc />
    public override void Down() => Delete.Table(NameCompatibilityManager.GetTableName(typeof(CommissionProgram)));
}
