using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>A program as entered in an editor, before it is saved: its type, its type's terms and its common fields.</summary>
public sealed record ProgramDraft
{
    /// <summary>The program's name.</summary>
    public string? Name { get; init; }

    /// <summary>The calculation type; only this type's terms are checked.</summary>
    public ProgramType Type { get; init; }

    /// <summary>PercentOfOrder: the rate; FirstOrder: the regular rate.</summary>
    public decimal? Rate { get; init; }

    /// <summary>PercentOfOrder: the fixed amount per order.</summary>
    public decimal? Fixed { get; init; }

    /// <summary>Ladder: how the bands pay (a WholeAmount ladder must never pay less for more).</summary>
    public LadderMode LadderMode { get; init; }

    /// <summary>Ladder: the bands in the order entered.</summary>
    public IReadOnlyList<ProgramBandDraft> Bands { get; init; } = [];

    /// <summary>PercentPerProduct: the product and category rules.</summary>
    public IReadOnlyList<ProductRule> ProductRules { get; init; } = [];

    /// <summary>PercentPerProduct: the rate for lines no rule covers.</summary>
    public decimal DefaultRate { get; init; }

    /// <summary>FirstOrder: how many first orders get the first-order rate.</summary>
    public int FirstOrderCount { get; init; }

    /// <summary>FirstOrder: the first-order rate.</summary>
    public decimal? FirstOrderRate { get; init; }

    /// <summary>PerQuantity: the quantity rules.</summary>
    public IReadOnlyList<QuantityRule> QuantityRules { get; init; } = [];

    /// <summary>
    /// ProductLadder: the ladders in the order entered; a ladder naming neither a product nor a category is the
    /// program's default ladder (lines no other ladder covers).
    /// </summary>
    public IReadOnlyList<ProductLadderDraft> ProductLadders { get; init; } = [];

    /// <summary>A type that carries its own terms: its terms record, which checks itself; null for every other type.</summary>
    public ITypeTerms? TypeTerms { get; init; }

    /// <summary>The most one Direct entry pays (rules §3.4), or null for no cap.</summary>
    public decimal? CapPerOrder { get; init; }

    /// <summary>The calendar period of the cap per period (Month, Quarter or Year), or null for no cap.</summary>
    public LadderWindow? CapPerPeriodWindow { get; init; }

    /// <summary>The most one beneficiary's Direct entries of one period add up to, or null for no cap.</summary>
    public decimal? CapPerPeriodAmount { get; init; }

    /// <summary>First paid date the program applies to, or null.</summary>
    public DateOnly? ValidFrom { get; init; }

    /// <summary>Last paid date the program applies to, or null.</summary>
    public DateOnly? ValidTo { get; init; }

    /// <summary>Hierarchy override levels in the order entered.</summary>
    public IReadOnlyList<OverrideLevel> Hierarchy { get; init; } = [];

    /// <summary>Accelerator threshold in percent of the target, or null.</summary>
    public decimal? AcceleratorThresholdPercent { get; init; }

    /// <summary>Accelerator factor, or null.</summary>
    public decimal? AcceleratorFactor { get; init; }

    /// <summary>
    /// A stored or scenario program as a draft, so that its terms are checked by the same rules as the editor's
    /// (<see cref="ProgramDraftCheck"/>): a ProductLadder program's default ladder is its last product ladder.
    /// </summary>
    /// <param name="program">The program.</param>
    public static ProgramDraft Of(ProgramTerms program)
    {
        ArgumentNullException.ThrowIfNull(program);

        static IReadOnlyList<ProgramBandDraft> BandsOf(Ladder? ladder) =>
            ladder?.Bands.Select(band => new ProgramBandDraft(band.From, band.To, band.Rate, band.Fixed)).ToList() ?? [];

        var productLadders = program.ProductLadders
            .Select(rule => new ProductLadderDraft(rule.ProductId, rule.CategoryId, rule.Ladder.Mode, rule.Ladder.Window, BandsOf(rule.Ladder)))
            .ToList();
        if (program.DefaultLadder is { } defaultLadder)
            productLadders.Add(new ProductLadderDraft(null, null, defaultLadder.Mode, defaultLadder.Window, BandsOf(defaultLadder)));

        return new ProgramDraft
        {
            Name = string.IsNullOrWhiteSpace(program.Name) ? program.Id : program.Name,
            Type = program.Type,
            Rate = program.Rate,
            Fixed = program.Fixed,
            LadderMode = program.Ladder?.Mode ?? LadderMode.Marginal,
            Bands = BandsOf(program.Ladder),
            ProductRules = program.ProductRules,
            DefaultRate = program.DefaultRate,
            FirstOrderCount = program.FirstOrder?.Count ?? 0,
            FirstOrderRate = program.FirstOrder?.Rate,
            QuantityRules = program.QuantityRules,
            ProductLadders = productLadders,
            TypeTerms = program.TypeTerms,
            CapPerOrder = program.CapPerOrder,
            CapPerPeriodWindow = program.CapPerPeriod?.Window,
            CapPerPeriodAmount = program.CapPerPeriod?.Amount,
            ValidFrom = program.ValidFrom,
            ValidTo = program.ValidTo,
            Hierarchy = program.Hierarchy,
            AcceleratorThresholdPercent = program.Accelerator?.ThresholdPercent,
            AcceleratorFactor = program.Accelerator?.Factor
        };
    }
}
