using Nop.Core.Caching;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>One part of the cached commission setup that a change clears: one key, or every key under a prefix.</summary>
/// <param name="Key">The key to remove (null when a prefix is cleared).</param>
/// <param name="Id">The id the key is made for (null for a key without parameters).</param>
/// <param name="Prefix">The prefix whose keys are all removed (null when one key is removed).</param>
public sealed record SetupCacheClearing(CacheKey Key, int? Id, string Prefix)
{
    /// <summary>Removes one key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="id">The id the key is made for, if it takes one.</param>
    public static SetupCacheClearing Of(CacheKey key, int? id = null) => new(key, id, null);

    /// <summary>Removes every key under a prefix.</summary>
    /// <param name="prefix">The prefix.</param>
    public static SetupCacheClearing AllUnder(string prefix) => new(null, null, prefix);
}
