using System.Transactions;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// A row lock in the plugin's own table: updating the one <see cref="LedgerLock"/> row makes every other writer wait at
/// its own update until this transaction commits. It is a database lock rather than the host's cache locker because
/// it must cover exactly the transaction that reads and writes, and hold on every instance that shares the database
/// whatever cache they use; PostgreSQL, SQL Server and MySQL all lock an updated row until commit.
/// </summary>
public class LedgerLockService : ILedgerLock
{
    private readonly IRepository<LedgerLock> _lockRepository;

    /// <summary>Creates the lock.</summary>
    public LedgerLockService(IRepository<LedgerLock> lockRepository)
    {
        _lockRepository = lockRepository;
    }

    /// <inheritdoc />
    public virtual async Task TakeAsync()
    {
        if (Transaction.Current is null)
            throw new InvalidOperationException("The ledger lock is taken inside the transaction it guards");

        var row = await _lockRepository.Table.OrderBy(row => row.Id).FirstOrDefaultAsync();
        if (row is null)
        {
            //the migrations insert the row; one that went missing is put back outside the caller's transaction
            using (new TransactionScope(TransactionScopeOption.Suppress, TransactionScopeAsyncFlowOption.Enabled))
                await _lockRepository.InsertAsync(new LedgerLock { TakenOnUtc = DateTime.UtcNow }, false);
            row = await _lockRepository.Table.OrderBy(row => row.Id).FirstAsync();
        }

        row.Version++;
        row.TakenOnUtc = DateTime.UtcNow;
        await _lockRepository.UpdateAsync(row, false);
    }
}
