using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Partners;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>A partner has a name, exactly one identity (affiliate or customer) and each linked client once (the engine's PartnerCheck).</summary>
public class PartnerModelValidator : BaseNopValidator<PartnerModel>
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Partners.";

    /// <summary>Splits the linked clients' text into e-mails, one per line.</summary>
    public static IReadOnlyList<string> LinkedEmails(PartnerModel model) =>
        (model.LinkedClientEmails ?? string.Empty)
            .Split(['\r', '\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(email => email.ToLowerInvariant())
            .ToList();

    private static bool Has(PartnerModel model, PartnerIssue issue) =>
        PartnerCheck.Check(model.AffiliateId > 0, !string.IsNullOrWhiteSpace(model.CustomerEmail), LinkedEmails(model)).Contains(issue);

    /// <summary>Creates the validator.</summary>
    public PartnerModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Name)
            .NotEmpty()
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Name.Required"));
        RuleFor(model => model.Name)
            .MaximumLength(CommissionPartner.NameLength)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Name.TooLong"), CommissionPartner.NameLength);
        RuleFor(model => model.AffiliateId)
            .Must((model, _) => !Has(model, PartnerIssue.NotExactlyOneIdentity))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Identity.ExactlyOne"));
        RuleFor(model => model.LinkedClientEmails)
            .Must((model, _) => !Has(model, PartnerIssue.ClientLinkedTwice))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "LinkedClients.Twice"));
    }
}
