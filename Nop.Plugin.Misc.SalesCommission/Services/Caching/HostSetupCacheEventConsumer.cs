using Nop.Core;
using Nop.Core.Caching;
using Nop.Core.Events;
using Nop.Services.Events;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>
/// Clears the cached commission setup parts a change to one of the host's rows touches (<see cref="SetupCacheParts"/>).
/// The host's own consumer clears its entity caches; this one clears only the plugin's keys.
/// </summary>
/// <typeparam name="TEntity">The host's row type.</typeparam>
public abstract class HostSetupCacheEventConsumer<TEntity> :
    IConsumer<EntityInsertedEvent<TEntity>>,
    IConsumer<EntityUpdatedEvent<TEntity>>,
    IConsumer<EntityDeletedEvent<TEntity>>
    where TEntity : BaseEntity
{
    private readonly IStaticCacheManager _staticCacheManager;

    /// <summary>Creates the consumer.</summary>
    protected HostSetupCacheEventConsumer(IStaticCacheManager staticCacheManager)
    {
        _staticCacheManager = staticCacheManager;
    }

    private Task ClearAsync(TEntity entity)
    {
        return SetupCacheRemoval.ClearAsync(entity, clearing =>
            clearing.Prefix is { } prefix ? _staticCacheManager.RemoveByPrefixAsync(prefix)
            : clearing.Id is { } id ? _staticCacheManager.RemoveAsync(clearing.Key, id)
            : _staticCacheManager.RemoveAsync(clearing.Key));
    }

    /// <summary>Clears what an inserted row touches.</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public Task HandleEventAsync(EntityInsertedEvent<TEntity> eventMessage) => ClearAsync(eventMessage.Entity);

    /// <summary>Clears what an updated row touches.</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public Task HandleEventAsync(EntityUpdatedEvent<TEntity> eventMessage) => ClearAsync(eventMessage.Entity);

    /// <summary>Clears what a deleted row touches.</summary>
    /// <param name="eventMessage">The event.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public Task HandleEventAsync(EntityDeletedEvent<TEntity> eventMessage) => ClearAsync(eventMessage.Entity);
}
