namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>A part of a program's money terms: changing one on a program that has paid a versioned change (rules §5).</summary>
public enum ProgramTerm
{
    /// <summary>The calculation type.</summary>
    Type = 1,

    /// <summary>The terms of the type: rates, fixed amounts, bands, product and quantity rules, product ladders, first-order terms.</summary>
    Rates = 2,

    /// <summary>The amount rates apply to.</summary>
    Basis = 3,

    /// <summary>The products and categories left out of the basis.</summary>
    Exclusions = 4,

    /// <summary>The stores, client groups and clients it applies to.</summary>
    Scope = 5,

    /// <summary>Whom it pays.</summary>
    Beneficiaries = 6,

    /// <summary>The hierarchy override levels.</summary>
    Overrides = 7,

    /// <summary>The accelerator.</summary>
    Accelerator = 8,

    /// <summary>The caps per order and per period.</summary>
    Caps = 9
}
