using System.Globalization;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Services.Helpers;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads the store's hold setting and each program's own hold.</summary>
public class HoldPeriodService : IHoldPeriodService
{
    #region Fields

    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly ILocalizationService _localizationService;
    private readonly IRepository<CommissionProgram> _programRepository;
    private readonly SalesCommissionSettings _settings;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public HoldPeriodService(IDateTimeHelper dateTimeHelper,
        ILocalizationService localizationService,
        IRepository<CommissionProgram> programRepository,
        SalesCommissionSettings settings)
    {
        _dateTimeHelper = dateTimeHelper;
        _localizationService = localizationService;
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

    /// <inheritdoc />
    public virtual async Task<string> OnHoldTextAsync(EntryHolds holds, CommissionEntry entry, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(holds);

        if (holds.OnHoldUntilUtc(entry, nowUtc) is not { } heldUntil)
            return null;

        return string.Format(CultureInfo.CurrentCulture, await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Hold.OnHoldUntil"),
            (await _dateTimeHelper.ConvertToUserTimeAsync(heldUntil, DateTimeKind.Utc)).ToString("d", CultureInfo.CurrentCulture));
    }

    #endregion
}
