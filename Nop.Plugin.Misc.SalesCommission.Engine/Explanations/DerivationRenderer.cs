using System.Text;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

/// <summary>
/// Words a derivation in a language: each kind's template (<c>{name}</c> stands for a value; an absent optional part
/// reads as nothing) from the caller's text source, numbers by the caller's format, products, categories and staff by
/// the caller's names.
/// </summary>
public sealed class DerivationRenderer
{
    /// <summary>The prefix of the plugin's locale resources for explanations; a template's key is the prefix and the kind.</summary>
    public const string ResourcePrefix = "Plugins.Misc.SalesCommission.Explanations.";

    /// <summary>The resource group of words (bases, ladder modes, windows, order events): <c>Word.{value}</c>.</summary>
    public const string WordGroup = "Word.";

    /// <summary>The resource group of list separators: <c>Join.{separator}</c>.</summary>
    public const string JoinGroup = "Join.";

    private readonly Func<string, string?> _texts;
    private readonly DerivationFormat _format;
    private readonly Func<DerivationValueKind, string, string?> _names;

    /// <summary>Creates a renderer.</summary>
    /// <param name="texts">A template by its key after <see cref="ResourcePrefix"/> ("PercentOfOrder.Rate"); null when missing.</param>
    /// <param name="format">How numbers and money are written.</param>
    /// <param name="names">The name of a product, category or staff member by id; null shows the id.</param>
    public DerivationRenderer(Func<string, string?> texts, DerivationFormat format, Func<DerivationValueKind, string, string?>? names = null)
    {
        _texts = texts;
        _format = format;
        _names = names ?? ((_, _) => null);
    }

    /// <summary>The derivation in words.</summary>
    public string Render(Derivation derivation)
    {
        var text = new StringBuilder();
        Append(text, derivation);
        return text.ToString();
    }

    private void Append(StringBuilder text, Derivation derivation)
    {
        var template = _texts(derivation.Kind) ?? derivation.Kind;
        var at = 0;
        while (at < template.Length)
        {
            var open = template.IndexOf('{', at);
            var close = open < 0 ? -1 : template.IndexOf('}', open + 1);
            if (close < 0)
            {
                text.Append(template, at, template.Length - at);
                break;
            }

            text.Append(template, at, open - at);
            var name = template.Substring(open + 1, close - open - 1);
            if (derivation.Find(name) is { } value)
                AppendValue(text, value);
            else if (!DerivationField.ByName.ContainsKey(name))
                text.Append(template, open, close - open + 1);
            at = close + 1;
        }
    }

    private void AppendValue(StringBuilder text, DerivationValue value)
    {
        switch (value.Field.Kind)
        {
            case DerivationValueKind.Exact:
                text.Append(_format.Exact(value.Number));
                break;
            case DerivationValueKind.Amount:
                text.Append(_format.Money(value.Number));
                break;
            case DerivationValueKind.Result:
                text.Append(_format.Result(value.Number));
                break;
            case DerivationValueKind.Percent:
                text.Append(_format.Percent(value.Number));
                break;
            case DerivationValueKind.Number:
                text.Append(_format.Number(value.Number));
                break;
            case DerivationValueKind.Word:
                text.Append(_texts(WordGroup + value.Text) ?? value.Text);
                break;
            case DerivationValueKind.Product:
            case DerivationValueKind.Category:
            case DerivationValueKind.Staff:
            case DerivationValueKind.Order:
                text.Append(value.Text is { } id ? _names(value.Field.Kind, id) ?? id : string.Empty);
                break;
            case DerivationValueKind.Node:
                if (value.Node is { } node)
                    Append(text, node);
                break;
            case DerivationValueKind.List:
                var separator = _texts(JoinGroup + value.Field.Separator) ?? " ";
                var items = value.Items;
                for (var i = 0; i < items.Count; i++)
                {
                    if (i > 0)
                        text.Append(separator);
                    Append(text, items[i]);
                }

                break;
            default:
                text.Append(value.Text);
                break;
        }
    }
}
