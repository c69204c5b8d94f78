namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// The rule that a ladder never pays less for more (rules §9.14), in one place for the scenario reader, the stored-row
/// check and the editor's check.
/// </summary>
public static class LadderRules
{
    /// <summary>
    /// The first band that pays less at its start than the band below pays just under it, or null when the ladder never
    /// falls. Only a <c>WholeAmount</c> ladder can fall: at a band's start the whole base moves to the new band, so a
    /// lower rate, a lower fixed amount, or a fixed amount below <c>previous rate × from</c> pays less for more.
    /// <c>Marginal</c> ladders with non-negative values always rise.
    /// </summary>
    /// <param name="mode">The ladder's mode.</param>
    /// <param name="bands">The bands in ascending order (start, rate, fixed amount).</param>
    public static int? FirstFallingBand(LadderMode mode, IReadOnlyList<LadderBand> bands)
    {
        if (mode != LadderMode.WholeAmount)
            return null;

        for (var i = 1; i < bands.Count; i++)
        {
            var from = bands[i].From;
            if (PayAt(bands[i], from) < PayAt(bands[i - 1], from))
                return i;
        }

        return null;
    }

    /// <summary>
    /// True when a last band's <c>to</c> can cap the base (rules §3.4): it must be above the band's <c>from</c>.
    /// </summary>
    /// <param name="from">Where the last band starts.</param>
    /// <param name="to">The last band's end.</param>
    public static bool IsTopAboveStart(decimal from, decimal to) => to > from;

    /// <summary>What a whole-amount band pays on an amount (the limit from below at the next band's start).</summary>
    private static decimal PayAt(LadderBand band, decimal amount) =>
        band.Rate is { } rate ? amount * rate / 100m : band.Fixed ?? 0m;
}
