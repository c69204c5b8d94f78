using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup when a ProgramBand row changes.</summary>
public class ProgramBandCacheEventConsumer : SetupCacheEventConsumer<ProgramBand>;
