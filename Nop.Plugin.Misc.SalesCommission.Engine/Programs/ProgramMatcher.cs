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
    public static bool AppliesTo(CommissionProgram program, OrderSnapshot order, Client client)
    {
        if (!program.Active || order.PaidAtUtc is not { } paidAt)
            return false;

        var paidDate = DateOnly.FromDateTime(paidAt);
        if (program.ValidFrom is { } from && paidDate < from)
            return false;
        if (program.ValidTo is { } to && paidDate > to)
            return false;

        var scope = program.Scope;
        if (scope.Stores.Count > 0 && (order.StoreId is null || !scope.Stores.Contains(order.StoreId)))
            return false;
        if (scope.Groups.Count == 0 && scope.Clients.Count == 0)
            return true;
        return scope.Clients.Contains(client.Id) || client.Groups.Any(scope.Groups.Contains);
    }

    /// <summary>True when the program pays this credited beneficiary.</summary>
    public static bool Pays(CommissionProgram program, Beneficiary beneficiary)
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
    public static IReadOnlyList<CommissionProgram> Select(
        IReadOnlyList<CommissionProgram> applicable, Beneficiary beneficiary, StackingPolicy stacking)
    {
        var paying = applicable.Where(p => Pays(p, beneficiary)).ToList();
        if (stacking == StackingPolicy.All || paying.Count <= 1)
            return paying;

        var winner = paying[0];
        foreach (var program in paying.Skip(1))
        {
            if (program.Priority >= winner.Priority)
                winner = program;
        }

        return [winner];
    }
}
