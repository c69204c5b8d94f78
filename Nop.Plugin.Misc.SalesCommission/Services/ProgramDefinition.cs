using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using EngineProgram = Nop.Plugin.Misc.SalesCommission.Engine.Programs.CommissionProgram;
using ProgramRow = Nop.Plugin.Misc.SalesCommission.Domain.CommissionProgram;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// A program row with its child rows, as stored or as edited: the one place the rows become the engine's program, so
/// the ledger, recalculation and the editor's simulation compute the same thing.
/// </summary>
public class ProgramDefinition
{
    /// <summary>The program row.</summary>
    public ProgramRow Program { get; init; }

    /// <summary>Ladder bands.</summary>
    public IList<ProgramBand> Bands { get; init; } = [];

    /// <summary>Percent-per-product rules, in id order.</summary>
    public IList<ProgramProductRule> ProductRules { get; init; } = [];

    /// <summary>Per-quantity rules, in id order.</summary>
    public IList<ProgramQuantityRule> QuantityRules { get; init; } = [];

    /// <summary>Stores, client groups and clients the program is limited to, in id order.</summary>
    public IList<ProgramScopeItem> ScopeItems { get; init; } = [];

    /// <summary>Staff members and partners it pays, in id order.</summary>
    public IList<ProgramBeneficiary> Beneficiaries { get; init; } = [];

    /// <summary>Hierarchy override levels.</summary>
    public IList<ProgramOverrideLevel> OverrideLevels { get; init; } = [];

    /// <summary>The engine's program: ids as invariant strings, bands by start each ending where the next starts.</summary>
    public EngineProgram ToEngineProgram()
    {
        List<string> Scoped(ScopeType type) =>
            ScopeItems.Where(item => item.ScopeTypeId == (int)type).Select(item => EngineId.Of(item.EntityId)).ToList();

        List<string> Payees(BeneficiaryType type) =>
            Beneficiaries.Where(payee => payee.BeneficiaryTypeId == (int)type).Select(payee => EngineId.Of(payee.BeneficiaryId)).ToList();

        var ascending = Bands.OrderBy(band => band.From).ToList();

        return new EngineProgram
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
            Ladder = new Ladder((LadderMode)Program.LadderModeId, (LadderWindow)Program.LadderWindowId,
                ascending.Select((band, index) => new LadderBand(band.From,
                    index + 1 < ascending.Count ? ascending[index + 1].From : null, band.Rate, band.FixedAmount)).ToList()),
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
