using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Partners;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Partners;

/// <summary>The partner form: a name, exactly one identity, each linked client once.</summary>
[TestFixture]
public sealed class PartnerModelValidatorTests
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Partners.";

    private readonly PartnerModelValidator _validator = new(ResourceKeyLocalization.Create());

    [Test]
    public void An_affiliate_partner_with_one_linked_client_is_accepted() =>
        _validator.TestValidate(new PartnerModel { Name = "Acme referrals", AffiliateId = 1, LinkedClientEmails = "steve@example.com" })
            .ShouldNotHaveAnyValidationErrors();

    [Test]
    public void A_partner_without_a_name_is_refused_at_the_name() =>
        _validator.TestValidate(new PartnerModel { Name = " ", AffiliateId = 1 })
            .ShouldHaveValidationErrorFor(model => model.Name).WithErrorMessage(Prefix + "Name.Required");

    [Test]
    public void A_partner_that_is_both_an_affiliate_and_a_customer_is_refused() =>
        _validator.TestValidate(new PartnerModel { Name = "Acme", AffiliateId = 1, CustomerEmail = "acme@example.com" })
            .ShouldHaveValidationErrorFor(model => model.AffiliateId).WithErrorMessage(Prefix + "Identity.ExactlyOne");

    [Test]
    public void A_partner_that_is_neither_is_refused() =>
        _validator.TestValidate(new PartnerModel { Name = "Acme" })
            .ShouldHaveValidationErrorFor(model => model.AffiliateId).WithErrorMessage(Prefix + "Identity.ExactlyOne");

    [Test]
    public void A_client_listed_twice_in_any_case_is_refused() =>
        _validator.TestValidate(new PartnerModel { Name = "Acme", AffiliateId = 1, LinkedClientEmails = "steve@example.com\nSTEVE@example.com" })
            .ShouldHaveValidationErrorFor(model => model.LinkedClientEmails).WithErrorMessage(Prefix + "LinkedClients.Twice");
}
