namespace Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

/// <summary>What a value of a derivation is, and so how a renderer shows it.</summary>
public enum DerivationValueKind
{
    /// <summary>An unrounded figure, 2 to 6 decimals ("17.5875").</summary>
    Exact,

    /// <summary>An amount of money rounded to the cent ("141.00").</summary>
    Amount,

    /// <summary>The result of a derivation: the exact figure and, where it differs, what it rounds to ("41.1075 → 41.11").</summary>
    Result,

    /// <summary>A percentage ("2.5%").</summary>
    Percent,

    /// <summary>A plain number: a quantity, a count, a ladder amount ("5000").</summary>
    Number,

    /// <summary>A text shown as it is (a period: "2026-03", "2026-Q1").</summary>
    Label,

    /// <summary>A word the reader's language names (a basis, a ladder mode, a window, an order event).</summary>
    Word,

    /// <summary>A product id: people read its name.</summary>
    Product,

    /// <summary>A category id: people read its name.</summary>
    Category,

    /// <summary>A staff member's id: people read their name.</summary>
    Staff,

    /// <summary>An order id.</summary>
    Order,

    /// <summary>A nested derivation, or nothing (an optional part).</summary>
    Node,

    /// <summary>Nested derivations shown one after the other with a separator.</summary>
    List
}
