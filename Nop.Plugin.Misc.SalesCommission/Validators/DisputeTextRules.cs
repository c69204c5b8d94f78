using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>Every message of a dispute's thread: not empty, at most <see cref="DisputeMessage.MaxTextLength"/> characters.</summary>
public static class DisputeTextRules
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Disputes.Text.";

    /// <summary>Adds the message rules to a text field.</summary>
    public static IRuleBuilderOptions<T, string> DisputeText<T>(this IRuleBuilder<T, string> rule, ILocalizationService localizationService) =>
        rule
            .Must(text => !string.IsNullOrWhiteSpace(text))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Required"))
            .MaximumLength(DisputeMessage.MaxTextLength)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "TooLong"), DisputeMessage.MaxTextLength);
}
