using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>
/// A commission program's terms as the engine calculates with them (rules §3): one calculation type with its terms, what
/// it applies to and whom it pays. Only the terms of its own type are read. (The plugin stores a program as the
/// <c>CommissionProgram</c> row and its child rows; its <c>ProgramDefinition</c> turns them into these terms.)
/// </summary>
public sealed record ProgramTerms
{
    /// <summary>The program id.</summary>
    public required string Id { get; init; }

    /// <summary>The program's name.</summary>
    public string Name { get; init; } = string.Empty;

    /// <summary>The calculation type.</summary>
    public required ProgramType Type { get; init; }

    /// <summary>The amount rates apply to.</summary>
    public CommissionBasis Basis { get; init; } = CommissionBasis.NetSales;

    /// <summary>Higher wins under the HighestPriority stacking policy.</summary>
    public int Priority { get; init; }

    /// <summary>False to switch the program off.</summary>
    public bool Active { get; init; } = true;

    /// <summary>First paid date (UTC, inclusive) the program applies to, or null.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Last paid date (UTC, inclusive) the program applies to, or null.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>Which orders it applies to.</summary>
    public ProgramScope Scope { get; init; } = ProgramScope.Everything;

    /// <summary>Whom it pays.</summary>
    public ProgramBeneficiaries Beneficiaries { get; init; } = ProgramBeneficiaries.AllStaff;

    /// <summary>Hierarchy override levels.</summary>
    public IReadOnlyList<OverrideLevel> Hierarchy { get; init; } = [];

    /// <summary>PercentOfOrder: the rate; FirstOrder: the regular rate after the first orders.</summary>
    public decimal? Rate { get; init; }

    /// <summary>PercentOfOrder: a fixed amount per order instead of a rate.</summary>
    public decimal? Fixed { get; init; }

    /// <summary>Ladder: the bands, mode and window.</summary>
    public Ladder? Ladder { get; init; }

    /// <summary>PercentPerProduct: the product and category rules.</summary>
    public IReadOnlyList<ProductRule> ProductRules { get; init; } = [];

    /// <summary>PercentPerProduct: the rate for lines no rule covers.</summary>
    public decimal DefaultRate { get; init; }

    /// <summary>FirstOrder: the first-order terms.</summary>
    public FirstOrderTerms? FirstOrder { get; init; }

    /// <summary>PerQuantity: the quantity rules.</summary>
    public IReadOnlyList<QuantityRule> QuantityRules { get; init; } = [];

    /// <summary>ProductLadder: the ladders per product or category, in listed order.</summary>
    public IReadOnlyList<ProductLadderRule> ProductLadders { get; init; } = [];

    /// <summary>ProductLadder: the ladder of lines no product or category ladder covers, or null (they earn nothing).</summary>
    public Ladder? DefaultLadder { get; init; }

    /// <summary>A type that carries its own terms (<see cref="TypeTermsJson.RecordOf"/>): its terms record; null for every other type.</summary>
    public ITypeTerms? TypeTerms { get; init; }

    /// <summary>The products and categories left out of the basis (rules §3.1).</summary>
    public ProgramExclusion Exclude { get; init; } = ProgramExclusion.None;

    /// <summary>
    /// The accelerator (rules §7), or null: a staff member's Direct entry earns more for the part of the order above
    /// the threshold of the member's target.
    /// </summary>
    public Accelerator? Accelerator { get; init; }

    /// <summary>The most one Direct entry pays (rules §3.4), or null: applied after split and accelerator, before rounding.</summary>
    public decimal? CapPerOrder { get; init; }

    /// <summary>The most one beneficiary's Direct entries of one calendar period add up to (rules §3.4), or null.</summary>
    public PeriodCap? CapPerPeriod { get; init; }

    /// <summary>The ladder window, PerOrder for every type but a period ladder.</summary>
    public LadderWindow Window => Type == ProgramType.Ladder && Ladder is not null ? Ladder.Window : LadderWindow.PerOrder;
}
