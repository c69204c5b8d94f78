using System.Transactions;
using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Removes what a changed row clears (<see cref="SetupCacheParts"/>), now and again when its transaction ends.</summary>
public static class SetupCacheRemoval
{
    /// <summary>
    /// Removes the parts a row clears. Inside a transaction they are removed again when it ends: until the commit a
    /// paid order still reads the rows as they were and would put them back in the cache.
    /// </summary>
    /// <param name="entity">The row that changed.</param>
    /// <param name="remove">Removes one part (a key or a prefix) from the cache.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public static async Task ClearAsync(BaseEntity entity, Func<SetupCacheClearing, Task> remove)
    {
        var clearings = SetupCacheParts.ClearedBy(entity);
        if (clearings.Count == 0)
            return;

        await RemoveAllAsync(clearings, remove);
        if (Transaction.Current is { } transaction)
            transaction.TransactionCompleted += (_, _) => RemoveAllAsync(clearings, remove).GetAwaiter().GetResult();
    }

    private static async Task RemoveAllAsync(IEnumerable<SetupCacheClearing> clearings, Func<SetupCacheClearing, Task> remove)
    {
        foreach (var clearing in clearings)
            await remove(clearing);
    }
}
