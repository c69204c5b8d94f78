using System.Transactions;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// The transactions the ledger writes in: read committed (the ledger lock, not the isolation level, puts writers one
/// after another, so PostgreSQL never refuses a payment as a serialization failure), joining the caller's transaction
/// when there is one.
/// </summary>
public static class LedgerTransaction
{
    /// <summary>Begins (or joins) a ledger transaction.</summary>
    public static TransactionScope Begin() =>
        new(TransactionScopeOption.Required, new TransactionOptions { IsolationLevel = IsolationLevel.ReadCommitted },
            TransactionScopeAsyncFlowOption.Enabled);
}
