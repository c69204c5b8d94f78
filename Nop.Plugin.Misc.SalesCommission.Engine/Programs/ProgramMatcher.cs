using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>Decides which programs apply to an order and which of them pay a beneficiary (rules §3).</summary>
public static class ProgramMatcher
{
    /// <summary>
    /// True when the program is active, valid on the paid date (inclusive, UTC) and its scope covers the
    /// order's store and client.
    /// </summary>
    public static bool AppliesTo(ProgramTerms program, OrderSnapshot order, Client client)
    {
        if (!program.Active || order.PaidAtUtc is not { } paidAt)
            return false;

        var paidDate = DateOnly.FromDateTime(paidAt);
        if (program.ValidFrom is { } from && paidDate < from)
            return false;
        if (program.ValidTo is { } to && paidDate > to)
            return false;

        return program.Scope.CoversStore(order.StoreId) && program.Scope.CoversClient(client.Id, client.Groups);
    }

    /// <summary>True when the program pays this credited beneficiary.</summary>
    public static bool Pays(ProgramTerms program, Beneficiary beneficiary)
    {
        var payees = program.Beneficiaries;
        return beneficiary.Type == BeneficiaryType.Staff
            ? payees.Staff.Count == 0 || payees.Staff.Contains(beneficiary.Id)
            : payees.AllPartners || payees.Partners.Contains(beneficiary.Id);
    }

    /// <summary>
    /// The programs that pay a beneficiary under the stacking policy, from the applicable programs in
    /// creation order: all of them, or the highest priority one (a tie goes to the one created later).
    /// </summary>
    public static IReadOnlyList<ProgramTerms> Select(
        IReadOnlyList<ProgramTerms> applicable, Beneficiary beneficiary, StackingPolicy stacking)
    {
        if (stacking == StackingPolicy.All)
        {
            var paying = new List<ProgramTerms>(applicable.Count);
            for (var i = 0; i < applicable.Count; i++)
            {
                if (Pays(applicable[i], beneficiary))
                    paying.Add(applicable[i]);
            }

            return paying;
        }

        return Winner(applicable, [], beneficiary) is { } winner ? [winner] : [];
    }

    /// <summary>
    /// The highest priority applicable program that pays a beneficiary under <see cref="StackingPolicy.HighestPriority"/> (a tie
    /// goes to the one created later); null when none does.
    /// </summary>
    /// <param name="programs">Programs in creation order.</param>
    /// <param name="applies">Which of them apply to the order, by position; empty when they all do.</param>
    /// <param name="beneficiary">The credited beneficiary.</param>
    public static ProgramTerms? Winner(IReadOnlyList<ProgramTerms> programs, ReadOnlySpan<bool> applies, Beneficiary beneficiary)
    {
        ProgramTerms? winner = null;
        for (var i = 0; i < programs.Count; i++)
        {
            if ((applies.IsEmpty || applies[i]) && Pays(programs[i], beneficiary) && (winner is null || programs[i].Priority >= winner.Priority))
                winner = programs[i];
        }

        return winner;
    }
}
