using ProgramRow = Nop.Plugin.Misc.SalesCommission.Domain.CommissionProgram;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>Clears the cached commission setup when a CommissionProgram row changes.</summary>
public class CommissionProgramCacheEventConsumer : SetupCacheEventConsumer<ProgramRow>;
