using System.Xml.Linq;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

/// <summary>Reads locale resources in the nopCommerce language-pack format (<c>Language/LocaleResource[@Name]/Value</c>).</summary>
public static class LocaleResources
{
    /// <summary>The resources of one file by name (case-insensitive, as the host keys them).</summary>
    public static Dictionary<string, string> Read(Stream xml) => Of(XDocument.Load(xml));

    /// <summary>The resources of one file's text by name (case-insensitive, as the host keys them).</summary>
    public static Dictionary<string, string> Parse(string xml) => Of(XDocument.Parse(xml));

    private static Dictionary<string, string> Of(XDocument document)
    {
        var resources = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var resource in document.Root!.Elements("LocaleResource"))
            resources[(string)resource.Attribute("Name")!] = (string?)resource.Element("Value") ?? string.Empty;
        return resources;
    }

    /// <summary>The explanation templates of a file's resources, keyed after <see cref="DerivationRenderer.ResourcePrefix"/>.</summary>
    public static Func<string, string?> Explanations(IReadOnlyDictionary<string, string> resources) =>
        key => resources.TryGetValue(DerivationRenderer.ResourcePrefix + key, out var template) ? template : null;
}
