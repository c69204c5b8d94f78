namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// A program's money terms change by versions (rules §5): an order earns under the version in force when it was paid,
/// however often it is recalculated; period ladders and caps count across versions (same program, same period totals).
/// </summary>
public static class ProgramVersions
{
    /// <summary>
    /// The version in force for an order paid at this instant: the latest whose effective instant is at or before it (an
    /// order paid exactly at the instant takes the new version); the first version for anything paid before the second.
    /// </summary>
    /// <param name="versions">The program's versions, in any order; at least one.</param>
    /// <param name="paidAtUtc">The order's paid instant (UTC).</param>
    public static ProgramVersion InForce(IReadOnlyList<ProgramVersion> versions, DateTime paidAtUtc)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (versions.Count == 0)
            throw new ArgumentException("A program has at least one version.", nameof(versions));

        ProgramVersion? inForce = null;
        ProgramVersion first = versions[0];
        foreach (var version in versions)
        {
            if (StartsBefore(version, first))
                first = version;
            if (Starts(version) <= paidAtUtc && (inForce is null || !StartsBefore(version, inForce)))
                inForce = version;
        }

        return inForce ?? first;
    }

    /// <summary>
    /// How an edit is saved: in place when no money term changed or the program has no history; otherwise a new version
    /// from the effective instant, the latest version corrected when the instant is the latest's own, and refused when it
    /// is before the latest's.
    /// </summary>
    /// <param name="changed">The money terms the edit changes (<see cref="ChangedTerms"/>).</param>
    /// <param name="hasEntries">True when the program has ledger entries.</param>
    /// <param name="versions">The program's stored versions (none until its first versioned change).</param>
    /// <param name="effectiveFromUtc">The first paid instant (UTC) the edited terms are to apply to.</param>
    public static VersionedSave Saving(IReadOnlyCollection<ProgramTerm> changed, bool hasEntries, IReadOnlyList<ProgramVersion> versions,
        DateTime effectiveFromUtc)
    {
        ArgumentNullException.ThrowIfNull(changed);
        ArgumentNullException.ThrowIfNull(versions);

        if (changed.Count == 0 || (!hasEntries && versions.Count == 0))
            return VersionedSave.InPlace;
        if (versions.Count == 0)
            return VersionedSave.NewVersion;

        var latest = Starts(versions.Aggregate((a, b) => StartsBefore(b, a) ? a : b));
        return effectiveFromUtc < latest ? VersionedSave.BeforeLatest
            : effectiveFromUtc == latest ? VersionedSave.ReplaceLatest
            : VersionedSave.NewVersion;
    }

    /// <summary>
    /// The instant an edit's effective day starts its version: the latest version's own instant when it starts that day
    /// (the edit corrects it); the moment of saving when the day is today, so that nothing already paid changes; else
    /// the start of the day (00:00 UTC, as a program's valid-from day is read): a past day re-rates the orders paid since,
    /// when they are recalculated, and a future day starts then.
    /// </summary>
    /// <param name="day">The effective day entered (UTC calendar).</param>
    /// <param name="nowUtc">The moment of saving.</param>
    /// <param name="versions">The program's stored versions.</param>
    public static DateTime EffectiveInstant(DateOnly day, DateTime nowUtc, IReadOnlyList<ProgramVersion> versions)
    {
        ArgumentNullException.ThrowIfNull(versions);

        foreach (var version in versions)
        {
            if (version.EffectiveFromUtc is { } from && DateOnly.FromDateTime(from) == day)
                return from;
        }

        return day == DateOnly.FromDateTime(nowUtc) ? nowUtc : day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
    }

    /// <summary>The money terms that differ between two programs' terms (name, priority, activity and validity are not money terms).</summary>
    /// <param name="before">The terms before the edit.</param>
    /// <param name="after">The terms after it.</param>
    public static IReadOnlyList<ProgramTerm> ChangedTerms(ProgramTerms before, ProgramTerms after)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(after);

        var changed = new List<ProgramTerm>();
        void Check(ProgramTerm term, bool same)
        {
            if (!same)
                changed.Add(term);
        }

        Check(ProgramTerm.Type, before.Type == after.Type);
        Check(ProgramTerm.Rates, before.Type != after.Type || SameRates(before, after));
        Check(ProgramTerm.Basis, before.Basis == after.Basis);
        Check(ProgramTerm.Exclusions, SameSet(before.Exclude.Products, after.Exclude.Products)
                                      && SameSet(before.Exclude.Categories, after.Exclude.Categories));
        Check(ProgramTerm.Scope, SameSet(before.Scope.Stores, after.Scope.Stores) && SameSet(before.Scope.Groups, after.Scope.Groups)
                                 && SameSet(before.Scope.Clients, after.Scope.Clients));
        Check(ProgramTerm.Beneficiaries, SameSet(before.Beneficiaries.Staff, after.Beneficiaries.Staff)
                                         && SameSet(before.Beneficiaries.Partners, after.Beneficiaries.Partners)
                                         && before.Beneficiaries.AllPartners == after.Beneficiaries.AllPartners);
        Check(ProgramTerm.Overrides, before.Hierarchy.OrderBy(level => level.Level).SequenceEqual(after.Hierarchy.OrderBy(level => level.Level)));
        Check(ProgramTerm.Accelerator, Equals(before.Accelerator, after.Accelerator));
        Check(ProgramTerm.Caps, before.CapPerOrder == after.CapPerOrder && Equals(before.CapPerPeriod, after.CapPerPeriod));
        return changed;
    }

    private static DateTime Starts(ProgramVersion version) => version.EffectiveFromUtc ?? DateTime.MinValue;

    private static bool StartsBefore(ProgramVersion a, ProgramVersion b) => Starts(a) < Starts(b);

    /// <summary>The terms of the program's own type (terms of other types are not read, so they do not count).</summary>
    private static bool SameRates(ProgramTerms before, ProgramTerms after) => after.Type switch
    {
        ProgramType.PercentOfOrder => before.Rate == after.Rate && before.Fixed == after.Fixed,
        ProgramType.Ladder => SameLadder(before.Ladder, after.Ladder),
        ProgramType.PercentPerProduct => before.DefaultRate == after.DefaultRate && before.ProductRules.SequenceEqual(after.ProductRules),
        ProgramType.FirstOrder => before.Rate == after.Rate && Equals(before.FirstOrder, after.FirstOrder),
        ProgramType.PerQuantity => before.QuantityRules.SequenceEqual(after.QuantityRules),
        ProgramType.ProductLadder => SameLadder(before.DefaultLadder, after.DefaultLadder)
                                     && before.ProductLadders.Count == after.ProductLadders.Count
                                     && before.ProductLadders.Zip(after.ProductLadders).All(pair =>
                                         pair.First.ProductId == pair.Second.ProductId && pair.First.CategoryId == pair.Second.CategoryId
                                         && SameLadder(pair.First.Ladder, pair.Second.Ladder)),
        _ => Equals(before.TypeTerms, after.TypeTerms)
    };

    private static bool SameLadder(Ladder? before, Ladder? after) =>
        before is null || after is null
            ? before is null && after is null
            : before.Mode == after.Mode && before.Window == after.Window && before.Bands.SequenceEqual(after.Bands);

    private static bool SameSet(IReadOnlyList<string> before, IReadOnlyList<string> after) =>
        before.ToHashSet(StringComparer.Ordinal).SetEquals(after);
}
