using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads the store's hold setting and each program's own hold.</summary>
public class HoldPeriodService : IHoldPeriodService
{
    #region Fields

    private readonly IRepository<CommissionProgram> _programRepository;
    private readonly SalesCommissionSettings _settings;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public HoldPeriodService(IRepository<CommissionProgram> programRepository, SalesCommissionSettings settings)
    {
        _programRepository = programRepository;
        _settings = settings;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<EntryHolds> GetEntryHoldsAsync()
    {
        var programs = await _programRepository.Table
            .Where(program => program.HoldDays != null)
            .Select(program => new { program.Id, program.HoldDays })
            .ToListAsync();

        return new EntryHolds(_settings.HoldDays, programs.ToDictionary(program => program.Id, program => program.HoldDays));
    }

    #endregion
}
