namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>
/// The hold period, the store's return window (rules §6): an entry becomes payable a number of days after its order
/// was paid. The store sets the days (default 0, payable at once); a program may set its own days for its entries.
/// </summary>
public static class HoldPeriod
{
    /// <summary>The longest hold a store or a program may set, in days.</summary>
    public const int MaxDays = 365;

    /// <summary>The hold of a program's entries: the program's own days when it sets them, otherwise the store's.</summary>
    /// <param name="storeDays">The store's hold, in days.</param>
    /// <param name="programDays">The program's own hold, or null to follow the store.</param>
    public static int DaysFor(int storeDays, int? programDays) => programDays ?? storeDays;

    /// <summary>True when a number of days is a hold a store or a program may set (0 to <see cref="MaxDays"/>).</summary>
    public static bool IsValidDays(int days) => days is >= 0 and <= MaxDays;

    /// <summary>When an entry becomes payable: its date (its order's paid time) plus the hold.</summary>
    /// <param name="entryDateUtc">The entry's date: its order's paid time (UTC).</param>
    /// <param name="holdDays">The hold of the entry's program, in days.</param>
    public static DateTime PayableOnUtc(DateTime entryDateUtc, int holdDays) => entryDateUtc.AddDays(holdDays);

    /// <summary>True while an entry is on hold: it becomes payable only after <paramref name="nowUtc"/>.</summary>
    public static bool IsOnHold(DateTime payableOnUtc, DateTime nowUtc) => payableOnUtc > nowUtc;
}
