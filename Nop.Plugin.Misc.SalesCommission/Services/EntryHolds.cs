using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The hold of every program as the store sets it now: when each entry becomes payable (rules §6).</summary>
/// <param name="storeDays">The store's hold, in days.</param>
/// <param name="programDays">Each program's own hold, where it sets one.</param>
public sealed class EntryHolds(int storeDays, IReadOnlyDictionary<int, int?> programDays)
{
    /// <summary>When the entry becomes payable.</summary>
    public DateTime PayableOnUtc(CommissionEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var days = HoldPeriod.DaysFor(storeDays, programDays.TryGetValue(entry.ProgramId, out var own) ? own : null);
        return HoldPeriod.PayableOnUtc(entry.HoldFromUtc ?? entry.OrderPaidOnUtc, days);
    }

    /// <summary>When a pending entry's hold ends, while it is on hold at <paramref name="nowUtc"/>; otherwise null.</summary>
    public DateTime? OnHoldUntilUtc(CommissionEntry entry, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Status != EntryStatus.Pending)
            return null;

        var payable = PayableOnUtc(entry);
        return HoldPeriod.IsOnHold(payable, nowUtc) ? payable : null;
    }
}
