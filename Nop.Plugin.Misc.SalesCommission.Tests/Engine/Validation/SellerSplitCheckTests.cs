using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Validation;

/// <summary>Rules §2: an order's sellers are staff, named once, with splits that add up to exactly 100.</summary>
[TestFixture]
public sealed class SellerSplitCheckTests
{
    private static readonly HashSet<string> Staff = ["5", "6"];

    private static IReadOnlyList<SellerSplitProblem> Check(params SellerSplit[] sellers) =>
        SellerSplitCheck.Check(sellers, Staff.Contains);

    [Test]
    public void Seventy_thirty_between_two_staff_members_is_valid()
    {
        Assert.That(Check(new("5", 70m), new("6", 30m)), Is.Empty);
    }

    [Test]
    public void No_sellers_is_valid_and_leaves_crediting_to_the_next_step()
    {
        Assert.That(Check(), Is.Empty);
    }

    [Test]
    public void A_row_with_a_split_and_no_staff_member_asks_for_one_not_for_an_active_one()
    {
        Assert.That(Check(new("5", 70m), new("", 30m)),
            Is.EqualTo(new[] { new SellerSplitProblem(1, SellerSplitIssue.NoStaffChosen) }));
    }

    [Test]
    public void Splits_of_70_and_20_do_not_total_100()
    {
        Assert.That(Check(new("5", 70m), new("6", 20m)),
            Is.EqualTo(new[] { new SellerSplitProblem(null, SellerSplitIssue.TotalNot100) }));
    }

    [Test]
    public void A_fraction_off_100_is_refused()
    {
        Assert.That(Check(new("5", 66.67m), new("6", 33.34m)),
            Is.EqualTo(new[] { new SellerSplitProblem(null, SellerSplitIssue.TotalNot100) }));
    }

    [Test]
    public void A_customer_who_is_not_staff_is_named_as_unknown()
    {
        Assert.That(Check(new("5", 50m), new("4", 50m)),
            Is.EqualTo(new[] { new SellerSplitProblem(1, SellerSplitIssue.UnknownStaff) }));
    }

    [Test]
    public void The_same_seller_twice_is_refused()
    {
        Assert.That(Check(new("5", 50m), new("5", 50m)),
            Is.EqualTo(new[] { new SellerSplitProblem(1, SellerSplitIssue.DuplicateSeller) }));
    }

    [Test]
    public void A_zero_or_negative_split_is_out_of_range_even_when_the_total_is_100()
    {
        Assert.That(Check(new("5", 110m), new("6", -10m)), Is.EqualTo(new[]
        {
            new SellerSplitProblem(0, SellerSplitIssue.SplitOutOfRange),
            new SellerSplitProblem(1, SellerSplitIssue.SplitOutOfRange)
        }));
    }

    [Test]
    public void Without_a_staff_list_only_the_splits_are_checked()
    {
        Assert.That(SellerSplitCheck.Check([new("999", 100m)], null), Is.Empty);
    }
}
