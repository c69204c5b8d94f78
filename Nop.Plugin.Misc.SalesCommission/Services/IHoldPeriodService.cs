using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads the store's and the programs' hold periods (rules §6).</summary>
public interface IHoldPeriodService
{
    /// <summary>The holds as set now.</summary>
    Task<EntryHolds> GetEntryHoldsAsync();

    /// <summary>"On hold until …" (the payable day in the reader's time zone) for an entry still on hold; null when it is not.</summary>
    /// <param name="holds">The holds as set now.</param>
    /// <param name="entry">The entry.</param>
    /// <param name="nowUtc">Now.</param>
    Task<string> OnHoldTextAsync(EntryHolds holds, CommissionEntry entry, DateTime nowUtc);
}
