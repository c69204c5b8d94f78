using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Programs;

/// <summary>Rules §3.2.3 and §3.2.5: the most specific level that has rules for a line decides, rules kept in program order.</summary>
[TestFixture]
public sealed class RuleIndexTests
{
    private static readonly QuantityRule Trail = new(null, "Trail", 1, null, 1m, null, null);
    private static readonly QuantityRule Shoes = new(null, "Shoes", 1, null, 2m, null, null);
    private static readonly QuantityRule P7 = new("P7", null, 1, null, 3m, null, null);
    private static readonly QuantityRule Blank = new(null, null, 1, null, 4m, null, null);

    private static RuleIndex<QuantityRule> Index() => new([Trail, Shoes, P7, Blank], r => r.ProductId, r => r.CategoryId);

    [Test]
    public void Product_rules_win_over_category_and_blank_rules()
    {
        Assert.That(Index().MostSpecific("P7", ["Shoes"]), Is.EqualTo(new[] { P7 }));
    }

    [Test]
    public void Category_rules_of_all_the_products_categories_are_kept_in_program_order()
    {
        Assert.That(Index().MostSpecific("P8", ["Shoes", "Trail"]), Is.EqualTo(new[] { Trail, Shoes }));
    }

    [Test]
    public void Blank_rules_apply_only_when_no_product_or_category_rule_covers_the_line()
    {
        Assert.That(Index().MostSpecific("P9", ["Socks"]), Is.EqualTo(new[] { Blank }));
    }
}
