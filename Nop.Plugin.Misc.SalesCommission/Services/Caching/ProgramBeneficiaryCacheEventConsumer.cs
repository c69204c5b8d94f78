using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup when a ProgramBeneficiary row changes.</summary>
public class ProgramBeneficiaryCacheEventConsumer : SetupCacheEventConsumer<ProgramBeneficiary>;
