using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Periods;

/// <summary>
/// Where a new entry of an order lands (rules §6), decided by <see cref="ClosedMonths.Post"/>: in its order's month
/// while that month is open; otherwise at the first instant of the first open month after it, naming the month it
/// corrects. Either way its hold runs from its order's paid time, as the order's other entries' hold does.
/// </summary>
/// <param name="DatedUtc">The entry's date: its order's paid time, or the first instant of the month it is posted in.</param>
/// <param name="HoldFromUtc">Where its hold starts: its order's paid time.</param>
/// <param name="CorrectedMonth">The closed month (its first day) the entry belongs to, or null when that month is open.</param>
/// <param name="PostedInMonth">The open month (its first day) it is posted in instead, or null when its own month is open.</param>
public sealed record CorrectionPosting(DateTime DatedUtc, DateTime HoldFromUtc, DateOnly? CorrectedMonth, DateOnly? PostedInMonth)
{
    /// <summary>True when the entry's own month is closed and it is posted into a later one.</summary>
    public bool LeavesClosedMonth => CorrectedMonth is not null;

    /// <summary>
    /// The entry's derivation, saying (when it leaves a closed month) which order and month it belongs to and where it is
    /// posted; unchanged otherwise.
    /// </summary>
    /// <param name="orderId">The order.</param>
    /// <param name="derivation">How the entry's amount was derived.</param>
    public Derivation Explain(string orderId, Derivation derivation)
    {
        ArgumentNullException.ThrowIfNull(derivation);
        if (CorrectedMonth is not { } month || PostedInMonth is not { } postedIn)
            return derivation;

        return new Derivation("Posting.ClosedMonth", DerivationValue.Of(DerivationField.Order, orderId),
            DerivationValue.Of(DerivationField.Period, CommissionPeriod.Label(LadderWindow.Month, month)),
            DerivationValue.Of(DerivationField.PostedIn, CommissionPeriod.Label(LadderWindow.Month, postedIn)),
            DerivationValue.Of(DerivationField.Why, derivation));
    }
}
