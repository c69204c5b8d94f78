using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached program versions when a ProgramTermsVersion row changes.</summary>
public class ProgramTermsVersionCacheEventConsumer : SetupCacheEventConsumer<ProgramTermsVersion>;
