using Nop.Core;
using Nop.Services.Caching;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>
/// Clears the cached commission setup parts a change to one of the plugin's rows touches (<see cref="SetupCacheParts"/>),
/// besides the entity caches every <see cref="CacheEventConsumer{TEntity}"/> clears.
/// </summary>
/// <typeparam name="TEntity">The plugin's row type.</typeparam>
public abstract class SetupCacheEventConsumer<TEntity> : CacheEventConsumer<TEntity> where TEntity : BaseEntity
{
    /// <inheritdoc />
    protected override Task ClearCacheAsync(TEntity entity)
    {
        return SetupCacheRemoval.ClearAsync(entity, clearing =>
            clearing.Prefix is { } prefix ? RemoveByPrefixAsync(prefix)
            : clearing.Id is { } id ? RemoveAsync(clearing.Key, id)
            : RemoveAsync(clearing.Key));
    }
}
