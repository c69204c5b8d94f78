using FluentMigrator;
using FluentMigrator.Builders.Create.Index;
using Nop.Core;
using Nop.Data.Extensions;
using Nop.Data.Mapping;

namespace Nop.Plugin.Misc.SalesCommission.Data.Migrations;

/// <summary>
/// What the plugin's migrations share: table names through the plugin's name compatibility, and steps that leave what
/// already exists as it is, so a migration can run over tables an earlier install or version left behind.
/// </summary>
public abstract class SalesCommissionMigration : Migration
{
    #region Utilities

    /// <summary>The table of an entity, with the plugin's prefix.</summary>
    protected static string TableName<TEntity>() where TEntity : BaseEntity =>
        NameCompatibilityManager.GetTableName(typeof(TEntity));

    /// <summary>True when the entity's table exists but has no such column (a table kept from an earlier version).</summary>
    /// <param name="columnName">The column.</param>
    protected bool ColumnMissing<TEntity>(string columnName) where TEntity : BaseEntity
    {
        var tableName = TableName<TEntity>();
        return Schema.Table(tableName).Exists() && !Schema.Table(tableName).Column(columnName).Exists();
    }

    /// <summary>Creates the entity's table from its builder unless it exists.</summary>
    protected internal void CreateTableIfMissing<TEntity>() where TEntity : BaseEntity
    {
        if (!Schema.Table(TableName<TEntity>()).Exists())
            Create.TableFor<TEntity>();
    }

    /// <summary>Creates an index unless the table already has one of that name.</summary>
    /// <param name="indexName">The index name.</param>
    /// <param name="unique">True for a unique index.</param>
    /// <param name="columnNames">The columns, in order.</param>
    protected internal void CreateIndexIfMissing<TEntity>(string indexName, bool unique, params string[] columnNames) where TEntity : BaseEntity
    {
        var tableName = TableName<TEntity>();
        if (Schema.Table(tableName).Exists() && Schema.Table(tableName).Index(indexName).Exists())
            return;

        ICreateIndexOnColumnSyntax index = Create.Index(indexName).OnTable(tableName);
        foreach (var columnName in columnNames)
            index = index.OnColumn(columnName).Ascending();

        if (unique)
            index = index.WithOptions().Unique();

        index.WithOptions().NonClustered();
    }

    /// <summary>Deletes an index if the table has it.</summary>
    /// <param name="indexName">The index name.</param>
    protected void DeleteIndexIfExists<TEntity>(string indexName) where TEntity : BaseEntity
    {
        var tableName = TableName<TEntity>();
        if (Schema.Table(tableName).Exists() && Schema.Table(tableName).Index(indexName).Exists())
            Delete.Index(indexName).OnTable(tableName);
    }

    #endregion
}
