using LinqToDB;
using LinqToDB.Data;
using Nop.Core;
using Nop.Data;

namespace Nop.Plugin.Misc.SalesCommission.Data;

/// <summary>
/// Inserts many rows of a plugin table in one bulk copy (PostgreSQL's COPY, SQL Server's bulk copy; multi-row inserts
/// on MySQL/MariaDB), the database numbering them, inside the caller's transaction. The host's list insert first reserves an id
/// per row and sends parameterised statements, about a millisecond a row; this is for the ledger's bulk work only.
/// </summary>
public static class BulkRows
{
    /// <summary>
    /// The copy the store's database takes. MySQL's own bulk copy is LOAD DATA LOCAL INFILE, which the host's connection
    /// string does not allow (nor, by default, a MySQL 8 server), so there the rows go as multi-row inserts.
    /// </summary>
    private static BulkCopyType CopyType =>
        DataSettingsManager.LoadSettings().DataProvider == DataProviderType.MySql ? BulkCopyType.MultipleRows : BulkCopyType.ProviderSpecific;

    /// <summary>Inserts the rows; their ids are not read back.</summary>
    /// <param name="repository">The table's repository.</param>
    /// <param name="rows">The rows.</param>
    /// <typeparam name="TEntity">The entity.</typeparam>
    /// <returns>A task that represents the asynchronous operation</returns>
    public static async Task InsertAsync<TEntity>(IRepository<TEntity> repository, IReadOnlyCollection<TEntity> rows) where TEntity : BaseEntity
    {
        ArgumentNullException.ThrowIfNull(repository);
        ArgumentNullException.ThrowIfNull(rows);
        if (rows.Count == 0)
            return;

        var table = (ITable<TEntity>)repository.Table;
        await table.BulkCopyAsync(new BulkCopyOptions { BulkCopyType = CopyType, KeepIdentity = false }, rows);
    }
}
