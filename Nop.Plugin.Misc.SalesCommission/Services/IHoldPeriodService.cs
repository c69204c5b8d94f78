namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads the store's and the programs' hold periods (rules §6).</summary>
public interface IHoldPeriodService
{
    /// <summary>The holds as set now.</summary>
    Task<EntryHolds> GetEntryHoldsAsync();
}
