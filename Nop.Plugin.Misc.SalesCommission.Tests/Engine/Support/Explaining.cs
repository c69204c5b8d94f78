using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

/// <summary>Words derivations with the plugin's own explanation templates (embedded from its Localization folder).</summary>
public static class Explaining
{
    private static readonly Dictionary<string, Func<string, string?>> Templates = new();

    /// <summary>The templates of a culture (en, da, zh-Hans) as the simulator reads them.</summary>
    public static Func<string, string?> TemplatesOf(string culture)
    {
        lock (Templates)
        {
            if (!Templates.TryGetValue(culture, out var templates))
            {
                using var xml = typeof(Explaining).Assembly.GetManifestResourceStream($"Explanations.{culture}.xml")
                                ?? throw new InvalidOperationException($"no explanation templates for {culture}");
                Templates[culture] = templates = LocaleResources.Explanations(LocaleResources.Read(xml));
            }

            return templates;
        }
    }

    /// <summary>The English renderer of the scenario contract: invariant numbers, ids.</summary>
    public static DerivationRenderer English => new(TemplatesOf("en"), DerivationFormat.Invariant);

    /// <summary>A renderer in a culture's words and number format.</summary>
    public static DerivationRenderer In(string culture, Func<DerivationValueKind, string, string?>? names = null) =>
        new(TemplatesOf(culture), culture == "en" ? DerivationFormat.Invariant : new DerivationFormat(CultureInfo.GetCultureInfo(culture)), names);

    /// <summary>An entry's explanation in English, as the simulator's JSON shows it.</summary>
    public static string Explanation(this LedgerEntry entry) => entry.Derivation is { } derivation ? English.Render(derivation) : string.Empty;

    /// <summary>A derivation in English.</summary>
    public static string EnglishText(this Derivation derivation) => English.Render(derivation);
}
