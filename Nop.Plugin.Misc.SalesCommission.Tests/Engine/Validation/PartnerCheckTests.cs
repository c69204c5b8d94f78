using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Validation;

/// <summary>Rules §2: a partner is an affiliate or a customer with linked clients, each linked once.</summary>
[TestFixture]
public sealed class PartnerCheckTests
{
    [Test]
    public void An_affiliate_partner_without_linked_clients_is_valid() =>
        Assert.That(PartnerCheck.Check(true, false, []), Is.Empty);

    [Test]
    public void A_customer_partner_with_two_linked_clients_is_valid() =>
        Assert.That(PartnerCheck.Check(false, true, ["4", "9"]), Is.Empty);

    [TestCase(false, false)]
    [TestCase(true, true)]
    public void A_partner_is_exactly_one_of_affiliate_or_customer(bool hasAffiliate, bool hasCustomer) =>
        Assert.That(PartnerCheck.Check(hasAffiliate, hasCustomer, []), Is.EqualTo(new[] { PartnerIssue.NotExactlyOneIdentity }));

    [Test]
    public void A_client_linked_twice_is_refused() =>
        Assert.That(PartnerCheck.Check(false, true, ["4", "4"]), Is.EqualTo(new[] { PartnerIssue.ClientLinkedTwice }));
}
