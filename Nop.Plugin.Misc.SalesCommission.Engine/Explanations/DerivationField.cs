namespace Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

/// <summary>
/// A named value of a derivation and its kind. Every name has one kind, so a stored derivation reads back without type
/// tags; the fields are listed here once.
/// </summary>
/// <param name="Name">The name in templates (<c>{base}</c>) and in stored JSON.</param>
/// <param name="Kind">What the value is.</param>
/// <param name="Separator">For a list: the text resource (under <c>Join.</c>) that separates its items.</param>
public sealed record DerivationField(string Name, DerivationValueKind Kind, string? Separator = null)
{
    /// <summary>The commission before the accelerator (a calculator's derivation).</summary>
    public static readonly DerivationField Commission = new("commission", DerivationValueKind.Node);

    /// <summary>The accelerator's derivation.</summary>
    public static readonly DerivationField Extra = new("extra", DerivationValueKind.Node);

    /// <summary>The result after any caps.</summary>
    public static readonly DerivationField Result = new("result", DerivationValueKind.Node);

    /// <summary>What the commission was computed on: basis, amount, order, left-out lines.</summary>
    public static readonly DerivationField On = new("on", DerivationValueKind.Node);

    /// <summary>The beneficiary's split share, when not 100%.</summary>
    public static readonly DerivationField Share = new("share", DerivationValueKind.Node);

    /// <summary>The lines left out of the basis.</summary>
    public static readonly DerivationField LeftOut = new("leftOut", DerivationValueKind.Node);

    /// <summary>Why a line was left out.</summary>
    public static readonly DerivationField Reason = new("reason", DerivationValueKind.Node);

    /// <summary>A cut at the ladder's top.</summary>
    public static readonly DerivationField AtTop = new("atTop", DerivationValueKind.Node);

    /// <summary>A ladder's commission F on the amount after this order.</summary>
    public static readonly DerivationField F = new("f", DerivationValueKind.Node);

    /// <summary>A ladder's commission F on the amount before this order.</summary>
    public static readonly DerivationField FBefore = new("fBefore", DerivationValueKind.Node);

    /// <summary>How one line was paid.</summary>
    public static readonly DerivationField Pay = new("pay", DerivationValueKind.Node);

    /// <summary>A rule's category, when the rule is a category's.</summary>
    public static readonly DerivationField Scope = new("scope", DerivationValueKind.Node);

    /// <summary>A quantity rule's band.</summary>
    public static readonly DerivationField Band = new("band", DerivationValueKind.Node);

    /// <summary>The product, category or default ladder found for a line.</summary>
    public static readonly DerivationField Rule = new("rule", DerivationValueKind.Node);

    /// <summary>Why an adjustment was made: what the order earns now.</summary>
    public static readonly DerivationField Why = new("why", DerivationValueKind.Node);

    /// <summary>A note on a clawback (made by a recalculation).</summary>
    public static readonly DerivationField Note = new("note", DerivationValueKind.Node);

    /// <summary>The caps that cut the commission.</summary>
    public static readonly DerivationField Cuts = new("cuts", DerivationValueKind.List, "Semicolon");

    /// <summary>The paid lines, ladder bands or co-sellers.</summary>
    public static readonly DerivationField Parts = new("parts", DerivationValueKind.List, "Plus");

    /// <summary>The lines left out.</summary>
    public static readonly DerivationField Items = new("items", DerivationValueKind.List, "Comma");

    /// <summary>An amount the commission was computed on.</summary>
    public static readonly DerivationField Base = new("base", DerivationValueKind.Exact);

    /// <summary>The order's basis amount.</summary>
    public static readonly DerivationField BasisAmount = new("basisAmount", DerivationValueKind.Exact);

    /// <summary>A line's basis amount.</summary>
    public static readonly DerivationField LineAmount = new("lineAmount", DerivationValueKind.Exact);

    /// <summary>A fixed amount per order.</summary>
    public static readonly DerivationField Fixed = new("fixed", DerivationValueKind.Exact);

    /// <summary>The commission's exact amount.</summary>
    public static readonly DerivationField CommissionAmount = new("commissionAmount", DerivationValueKind.Exact);

    /// <summary>The accelerator's exact extra.</summary>
    public static readonly DerivationField ExtraAmount = new("extraAmount", DerivationValueKind.Exact);

    /// <summary>The exact amount before the caps.</summary>
    public static readonly DerivationField Uncapped = new("uncapped", DerivationValueKind.Exact);

    /// <summary>A cap's amount.</summary>
    public static readonly DerivationField Cap = new("cap", DerivationValueKind.Exact);

    /// <summary>What the period's entries already paid.</summary>
    public static readonly DerivationField Paid = new("paid", DerivationValueKind.Exact);

    /// <summary>What a period cap leaves.</summary>
    public static readonly DerivationField Room = new("room", DerivationValueKind.Exact);

    /// <summary>An accelerator's period base before this order.</summary>
    public static readonly DerivationField PeriodBefore = new("periodBefore", DerivationValueKind.Exact);

    /// <summary>An accelerator's period base after this order.</summary>
    public static readonly DerivationField PeriodAfter = new("periodAfter", DerivationValueKind.Exact);

    /// <summary>The part of the order's base above the accelerator's threshold.</summary>
    public static readonly DerivationField Above = new("above", DerivationValueKind.Exact);

    /// <summary>This order's credited NetSales, as the accelerator measures it.</summary>
    public static readonly DerivationField OrderBase = new("orderBase", DerivationValueKind.Exact);

    /// <summary>The target's amount.</summary>
    public static readonly DerivationField Target = new("target", DerivationValueKind.Exact);

    /// <summary>An amount an override applied its percentage to.</summary>
    public static readonly DerivationField Applied = new("applied", DerivationValueKind.Exact);

    /// <summary>A result with its rounding.</summary>
    public static readonly DerivationField Value = new("value", DerivationValueKind.Result);

    /// <summary>What the order's refunds add up to (capped at its total).</summary>
    public static readonly DerivationField Refunded = new("refunded", DerivationValueKind.Amount);

    /// <summary>The order's total.</summary>
    public static readonly DerivationField Total = new("total", DerivationValueKind.Amount);

    /// <summary>An original amount.</summary>
    public static readonly DerivationField Original = new("original", DerivationValueKind.Amount);

    /// <summary>What is to be clawed back in all.</summary>
    public static readonly DerivationField ClawBack = new("clawBack", DerivationValueKind.Amount);

    /// <summary>What earlier clawbacks took back.</summary>
    public static readonly DerivationField Already = new("already", DerivationValueKind.Amount);

    /// <summary>A group's net amount.</summary>
    public static readonly DerivationField Net = new("net", DerivationValueKind.Amount);

    /// <summary>What a group should net after a recalculation.</summary>
    public static readonly DerivationField ShouldNet = new("shouldNet", DerivationValueKind.Amount);

    /// <summary>What approved or paid receipts hold.</summary>
    public static readonly DerivationField Locked = new("locked", DerivationValueKind.Amount);

    /// <summary>A rate.</summary>
    public static readonly DerivationField Rate = new("rate", DerivationValueKind.Percent);

    /// <summary>A split share.</summary>
    public static readonly DerivationField Split = new("split", DerivationValueKind.Percent);

    /// <summary>An accelerator's threshold.</summary>
    public static readonly DerivationField Threshold = new("threshold", DerivationValueKind.Percent);

    /// <summary>An override's percentage.</summary>
    public static readonly DerivationField Percent = new("percent", DerivationValueKind.Percent);

    /// <summary>A ladder amount (a period total after this order, or the order's base).</summary>
    public static readonly DerivationField Amount = new("amount", DerivationValueKind.Number);

    /// <summary>A period total before this order.</summary>
    public static readonly DerivationField Before = new("before", DerivationValueKind.Number);

    /// <summary>The amount a ladder counts at its top.</summary>
    public static readonly DerivationField Counted = new("counted", DerivationValueKind.Number);

    /// <summary>A band's slice of the amount.</summary>
    public static readonly DerivationField Slice = new("slice", DerivationValueKind.Number);

    /// <summary>A band's fixed amount.</summary>
    public static readonly DerivationField BandFixed = new("bandFixed", DerivationValueKind.Number);

    /// <summary>A line's quantity.</summary>
    public static readonly DerivationField Quantity = new("quantity", DerivationValueKind.Number);

    /// <summary>An amount per unit.</summary>
    public static readonly DerivationField PerUnit = new("perUnit", DerivationValueKind.Number);

    /// <summary>An amount per line.</summary>
    public static readonly DerivationField PerLine = new("perLine", DerivationValueKind.Number);

    /// <summary>A quantity band's lowest quantity.</summary>
    public static readonly DerivationField Min = new("min", DerivationValueKind.Number);

    /// <summary>A quantity band's highest quantity.</summary>
    public static readonly DerivationField Max = new("max", DerivationValueKind.Number);

    /// <summary>The order's rank among its client's paid orders.</summary>
    public static readonly DerivationField Rank = new("rank", DerivationValueKind.Number);

    /// <summary>How many first orders earn the first-order rate.</summary>
    public static readonly DerivationField Count = new("count", DerivationValueKind.Number);

    /// <summary>An accelerator's factor.</summary>
    public static readonly DerivationField Factor = new("factor", DerivationValueKind.Number);

    /// <summary>An accelerator's factor less 1.</summary>
    public static readonly DerivationField Uplift = new("uplift", DerivationValueKind.Number);

    /// <summary>An override level.</summary>
    public static readonly DerivationField Level = new("level", DerivationValueKind.Number);

    /// <summary>A calendar period ("2026-03").</summary>
    public static readonly DerivationField Period = new("period", DerivationValueKind.Label);

    /// <summary>The open month a correction of a closed month is posted in ("2026-12").</summary>
    public static readonly DerivationField PostedIn = new("postedIn", DerivationValueKind.Label);

    /// <summary>A dispute's reference ("D-12").</summary>
    public static readonly DerivationField Reference = new("reference", DerivationValueKind.Label);

    /// <summary>What a person wrote (a dispute's resolution note), shown as written.</summary>
    public static readonly DerivationField Comment = new("comment", DerivationValueKind.Label);

    /// <summary>The program's basis (NetSales, OrderTotal, Margin).</summary>
    public static readonly DerivationField Basis = new("basis", DerivationValueKind.Word);

    /// <summary>A ladder's mode (Marginal, WholeAmount).</summary>
    public static readonly DerivationField Mode = new("mode", DerivationValueKind.Word);

    /// <summary>A period window (Month, Quarter, Year).</summary>
    public static readonly DerivationField Window = new("window", DerivationValueKind.Word);

    /// <summary>What happened to an order (voided, cancelled, deleted).</summary>
    public static readonly DerivationField Event = new("event", DerivationValueKind.Word);

    /// <summary>A product.</summary>
    public static readonly DerivationField Product = new("product", DerivationValueKind.Product);

    /// <summary>A category.</summary>
    public static readonly DerivationField Category = new("category", DerivationValueKind.Category);

    /// <summary>A staff member.</summary>
    public static readonly DerivationField Staff = new("staff", DerivationValueKind.Staff);

    /// <summary>An order.</summary>
    public static readonly DerivationField Order = new("order", DerivationValueKind.Order);

    private static readonly Dictionary<string, DerivationField> ByNameIndex = typeof(DerivationField)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(f => f.FieldType == typeof(DerivationField))
        .Select(f => (DerivationField)f.GetValue(null)!)
        .ToDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>Every field, by name.</summary>
    public static IReadOnlyDictionary<string, DerivationField> ByName => ByNameIndex;
}
