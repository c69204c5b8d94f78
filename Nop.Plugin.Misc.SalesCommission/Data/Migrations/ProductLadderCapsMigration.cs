using System.Data;
using FluentMigrator;
using Nop.Data.Extensions;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// Version 1.1.0 of an installed store's schema: program caps (rules §3.4), a last band's 'to', product ladders
/// (rules §3.2.6) with their bands, the rule target of a period credit in its unique key, the ledger lock's table, and the accelerator columns
/// of stores installed before the accelerator. A fresh install gets all of it from <see cref="SchemaMigration"/>; each
/// step leaves what already exists as it is.
/// </summary>
[NopMigration("2026/12/07 08:00:00:0000000", "Nop.Plugin.Misc.SalesCommission 1.1.0: caps, product ladders, period credit targets", MigrationProcessType.Update)]
public class ProductLadderCapsMigration : SalesCommissionMigration
{
    #region Fields

    /// <summary>The unique key of period credits before 1.1.0: it did not name the rule target.</summary>
    private const string FormerPeriodCreditKeyIndex = "UX_SalesCommission_PeriodCredit_Key";

    #endregion

    #region Utilities

    private void AddDecimalColumnIfMissing<TEntity>(string columnName) where TEntity : Nop.Core.BaseEntity
    {
        if (ColumnMissing<TEntity>(columnName))
            Alter.Table(TableName<TEntity>()).AddColumn(columnName).AsDecimal(DecimalColumn.Precision, DecimalColumn.Scale).Nullable();
    }

    #endregion

    #region Methods

    /// <summary>
    /// Collect the UP migration expressions
    /// </summary>
    public override void Up()
    {
        AddDecimalColumnIfMissing<CommissionProgram>(nameof(CommissionProgram.AcceleratorThresholdPercent));
        AddDecimalColumnIfMissing<CommissionProgram>(nameof(CommissionProgram.AcceleratorFactor));

        AddDecimalColumnIfMissing<CommissionProgram>(nameof(CommissionProgram.CapPerOrder));
        if (ColumnMissing<CommissionProgram>(nameof(CommissionProgram.CapPerPeriodWindowId)))
            Alter.Table(TableName<CommissionProgram>()).AddColumn(nameof(CommissionProgram.CapPerPeriodWindowId)).AsInt32().Nullable();
        AddDecimalColumnIfMissing<CommissionProgram>(nameof(CommissionProgram.CapPerPeriodAmount));

        CreateTableIfMissing<ProgramProductLadder>();
        CreateTableIfMissing<LedgerLock>();
        AddDecimalColumnIfMissing<ProgramBand>(nameof(ProgramBand.To));
        if (ColumnMissing<ProgramBand>(nameof(ProgramBand.ProductLadderId)))
            Alter.Table(TableName<ProgramBand>()).AddColumn(nameof(ProgramBand.ProductLadderId)).AsInt32().Nullable()
                .ForeignKey(TableName<ProgramProductLadder>(), nameof(ProgramProductLadder.Id)).OnDelete(Rule.None);
        //a fresh install gets this index with the foreign key from Create.TableFor
        CreateIndexIfMissing<ProgramBand>("IX_SalesCommission_ProgramBand_ProductLadderId", false, nameof(ProgramBand.ProductLadderId));

        if (ColumnMissing<PeriodCredit>(nameof(PeriodCredit.Target)))
            Alter.Table(TableName<PeriodCredit>()).AddColumn(nameof(PeriodCredit.Target))
                .AsString(PeriodCredit.TargetLength).NotNullable().WithDefaultValue(string.Empty);
        DeleteIndexIfExists<PeriodCredit>(FormerPeriodCreditKeyIndex);
        CreateIndexIfMissing<PeriodCredit>(SchemaMigration.PeriodCreditKeyIndex, true, SchemaMigration.PeriodCreditKeyColumns);
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
