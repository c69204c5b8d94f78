using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// A program row with its child rows, as stored or as edited: the one place the rows become the engine's program, so
/// the ledger, recalculation and the editor's simulation compute the same thing.
/// </summary>
public class ProgramDefinition
{
    /// <summary>The program row.</summary>
    public CommissionProgram Program { get; init; }

    /// <summary>The bands of the program's own ladder (Ladder type).</summary>
    public IList<ProgramBand> Bands { get; init; } = [];

    /// <summary>ProductLadder: the ladders with their bands, in the order entered.</summary>
    public IList<ProductLadderDefinition> ProductLadders { get; init; } = [];

    /// <summary>Percent-per-product rules, in id order.</summary>
    public IList<ProgramProductRule> ProductRules { get; init; } = [];

    /// <summary>Per-quantity rules, in id order.</summary>
    public IList<ProgramQuantityRule> QuantityRules { get; init; } = [];

    /// <summary>Stores, client groups and clients the program is limited to, and products and categories it leaves out, in id order.</summary>
    public IList<ProgramScopeItem> ScopeItems { get; init; } = [];

    /// <summary>Staff members and partners it pays, in id order.</summary>
    public IList<ProgramBeneficiary> Beneficiaries { get; init; } = [];

    /// <summary>Hierarchy override levels.</summary>
    public IList<ProgramOverrideLevel> OverrideLevels { get; init; } = [];

    /// <summary>
    /// A ladder as the engine reads it: bands by start, each ending where the next starts, the last at its stored 'to'
    /// (a cap on the base) or open-ended.
    /// </summary>
    private static Ladder LadderOf(int modeId, int windowId, IEnumerable<ProgramBand> bands)
    {
        var ascending = bands.OrderBy(band => band.From).ToList();
        return new Ladder((LadderMode)modeId, (LadderWindow)windowId,
            ascending.Select((band, index) => new LadderBand(band.From,
                index + 1 < ascending.Count ? ascending[index + 1].From : band.To, band.Rate, band.FixedAmount)).ToList());
    }

    /// <summary>The engine's program: ids as invariant strings, ladders as <see cref="LadderOf"/> reads them.</summary>
    public ProgramTerms ToEngineProgram()
    {
        List<string> Scoped(ScopeType type) =>
            ScopeItems.Where(item => item.ScopeTypeId == (int)type).Select(item => EngineId.Of(item.EntityId)).ToList();

        List<string> Payees(BeneficiaryType type) =>
            Beneficiaries.Where(payee => payee.BeneficiaryTypeId == (int)type).Select(payee => EngineId.Of(payee.BeneficiaryId)).ToList();

        var productLadders = ProductLadders.OrderBy(ladder => ladder.Ladder.DisplayOrder).ToList();
        Ladder ProductLadderOf(ProductLadderDefinition ladder) =>
            LadderOf(ladder.Ladder.LadderModeId, ladder.Ladder.LadderWindowId, ladder.Bands);
        var excluded = new ProgramExclusion(Scoped(ScopeType.ExcludedProduct), Scoped(ScopeType.ExcludedCategory));

        return new ProgramTerms
        {
            Id = EngineId.Of(Program.Id),
            Name = Program.Name ?? string.Empty,
            Type = (ProgramType)Program.ProgramTypeId,
            Basis = (CommissionBasis)Program.BasisId,
            Priority = Program.Priority,
            Active = Program.Active,
            ValidFrom = Program.ValidFromUtc is { } from ? DateOnly.FromDateTime(from) : null,
            ValidTo = Program.ValidToUtc is { } to ? DateOnly.FromDateTime(to) : null,
            Scope = new ProgramScope(Scoped(ScopeType.Store), Scoped(ScopeType.ClientGroup), Scoped(ScopeType.Client)),
            Beneficiaries = new ProgramBeneficiaries(Payees(BeneficiaryType.Staff), Payees(BeneficiaryType.Partner), Program.AllPartners),
            Hierarchy = OverrideLevels.OrderBy(level => level.Level)
                .Select(level => new OverrideLevel(level.Level, level.Percent, (OverrideBase)level.OverrideBaseId)).ToList(),
            Rate = Program.Rate,
            Fixed = Program.FixedAmount,
            Ladder = LadderOf(Program.LadderModeId, Program.LadderWindowId, Bands),
            ProductLadders = productLadders.Where(ladder => !ladder.IsDefault)
                .Select(ladder => new ProductLadderRule(EngineId.Of(ladder.Ladder.ProductId), EngineId.Of(ladder.Ladder.CategoryId),
                    ProductLadderOf(ladder))).ToList(),
            DefaultLadder = productLadders.FirstOrDefault(ladder => ladder.IsDefault) is { } defaultLadder ? ProductLadderOf(defaultLadder) : null,
            Exclude = excluded.IsEmpty ? ProgramExclusion.None : excluded,
            CapPerOrder = Program.CapPerOrder,
            CapPerPeriod = Program.CapPerPeriodWindowId is { } capWindow && Program.CapPerPeriodAmount is { } capAmount
                ? new PeriodCap((LadderWindow)capWindow, capAmount)
                : null,
            TypeTerms = TypeTermsJson.Parse((ProgramType)Program.ProgramTypeId, Program.TypeTerms),
            ProductRules = ProductRules
                .Select(rule => new ProductRule(EngineId.Of(rule.ProductId), EngineId.Of(rule.CategoryId), rule.Rate, rule.FixedPerUnit)).ToList(),
            DefaultRate = Program.DefaultRate,
            Accelerator = Accelerator.ProblemWith(Program.AcceleratorThresholdPercent, Program.AcceleratorFactor) is null
                ? Accelerator.Of(Program.AcceleratorThresholdPercent, Program.AcceleratorFactor)
                : null,
            FirstOrder = Program.FirstOrderRate is { } firstOrderRate ? new FirstOrderTerms(Program.FirstOrderCount, firstOrderRate) : null,
            QuantityRules = QuantityRules
                .Select(rule => new QuantityRule(EngineId.Of(rule.ProductId), EngineId.Of(rule.CategoryId), rule.MinQty, rule.MaxQty,
                    rule.PerUnit, rule.PerLine, rule.Rate)).ToList()
        };
    }
}
