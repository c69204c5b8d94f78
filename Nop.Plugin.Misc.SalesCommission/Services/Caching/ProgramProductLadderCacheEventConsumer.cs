using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup when a ProgramProductLadder row changes.</summary>
public class ProgramProductLadderCacheEventConsumer : SetupCacheEventConsumer<ProgramProductLadder>;
