namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>
/// Checks an order's explicit seller assignment (rules §2): every row names a staff member (an empty id is a row where
/// none was chosen), a known one, named once, with a
/// split above 0 and at most 100, and the splits add up to exactly 100. An empty assignment is valid: it names
/// nobody, so the order is credited by the next crediting step.
/// </summary>
public static class SellerSplitCheck
{
    private const decimal Whole = 100m;

    /// <summary>Finds every problem of an assignment; none means it may be saved.</summary>
    /// <param name="sellers">The sellers, in the order they were entered.</param>
    /// <param name="isStaff">Tells whether an id is a staff member's; null to skip that check.</param>
    /// <returns>The problems, sellers' first in their order, then the total's.</returns>
    public static IReadOnlyList<SellerSplitProblem> Check(IReadOnlyList<SellerSplit> sellers, Func<string, bool>? isStaff)
    {
        ArgumentNullException.ThrowIfNull(sellers);

        var problems = new List<SellerSplitProblem>();
        if (sellers.Count == 0)
            return problems;

        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var index = 0; index < sellers.Count; index++)
        {
            var seller = sellers[index];
            if (seller.Split <= 0m || seller.Split > Whole)
                problems.Add(new SellerSplitProblem(index, SellerSplitIssue.SplitOutOfRange));
            if (string.IsNullOrEmpty(seller.StaffId))
                problems.Add(new SellerSplitProblem(index, SellerSplitIssue.NoStaffChosen));
            else if (!seen.Add(seller.StaffId))
                problems.Add(new SellerSplitProblem(index, SellerSplitIssue.DuplicateSeller));
            else if (isStaff is not null && !isStaff(seller.StaffId))
                problems.Add(new SellerSplitProblem(index, SellerSplitIssue.UnknownStaff));
        }

        if (sellers.Sum(seller => seller.Split) != Whole)
            problems.Add(new SellerSplitProblem(null, SellerSplitIssue.TotalNot100));

        return problems;
    }
}
