using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup when a PartnerClient row changes.</summary>
public class PartnerClientCacheEventConsumer : SetupCacheEventConsumer<PartnerClient>;
