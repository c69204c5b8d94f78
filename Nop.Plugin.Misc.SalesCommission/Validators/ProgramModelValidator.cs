using System.Globalization;
using FluentValidation;
using CommissionProgram = Nop.Plugin.Misc.SalesCommission.Domain.CommissionProgram;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>
/// A program passes the engine's program check (name, dates, its type's terms, bands, product ladders, caps, override
/// levels, accelerator);
/// each problem is shown next to its field. Ids are checked against the store when the program is saved.
/// </summary>
public class ProgramModelValidator : BaseNopValidator<ProgramModel>
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Programs.";

    /// <summary>Creates the validator.</summary>
    public ProgramModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Name)
            .MaximumLength(CommissionProgram.NameLength)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Name.TooLong"), CommissionProgram.NameLength);
        this.RefuseNumbersTooLarge(localizationService);
        RuleFor(model => model.ValidFrom).WithinStoreCalendar(localizationService);
        RuleFor(model => model.ValidTo).WithinStoreCalendar(localizationService);
        RuleFor(model => model.SimulateFrom).WithinStoreCalendar(localizationService);
        RuleFor(model => model.EffectiveDate).WithinStoreCalendar(localizationService);
        RuleFor(model => model.SimulateTo).WithinStoreCalendar(localizationService);
        RuleFor(model => model.ProgramTypeId)
            .Must(id => Enum.IsDefined((ProgramType)id))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "ProgramType.Invalid"));
        RuleFor(model => model.BasisId)
            .Must(id => Enum.IsDefined((CommissionBasis)id))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Basis.Invalid"));
        RuleFor(model => model.LadderModeId)
            .Must(id => Enum.IsDefined((LadderMode)id))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "LadderMode.Invalid"));
        RuleFor(model => model.LadderWindowId)
            .Must(id => Enum.IsDefined((LadderWindow)id))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "LadderWindow.Invalid"));
        RuleFor(model => model.ClientIds)
            .Must((model, _) => model.TryGetClientIds(out IList<int> _))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Clients.Invalid"));
        RuleFor(model => model.ExcludedProductIds)
            .Must((model, _) => model.TryGetExcludedProductIds(out IList<int> _))
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "ExcludedProducts.Invalid"));
        RuleFor(model => model.HoldDays)
            .Must(days => HoldPeriod.IsValidDays(days!.Value))
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Hold.Days.Invalid"))
            .When(model => model.HoldDays.HasValue);
        RuleFor(model => model.SimulateTo)
            .Must((model, to) => to!.Value.Date >= model.SimulateFrom!.Value.Date)
            .WithMessageAwait(localizationService.GetResourceAsync(Prefix + "Simulate.ToBeforeFrom"))
            .When(model => model.SimulateFrom.HasValue && model.SimulateTo.HasValue);
        RuleFor(model => model)
            .Custom((model, context) =>
            {
                foreach (var problem in ProgramDraftCheck.Check(DraftOf(model)))
                {
                    var message = localizationService.GetResourceAsync(Prefix + "Problem." + IssueKeyOf(model, problem)).GetAwaiter().GetResult();
                    context.AddFailure(PropertyOf(model, problem), string.Format(CultureInfo.CurrentCulture, message, (problem.Index ?? 0) + 1));
                }
            });
    }

    /// <summary>The program as the engine checks it.</summary>
    /// <param name="model">The editor's model.</param>
    public static ProgramDraft DraftOf(ProgramModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var type = (ProgramType)model.ProgramTypeId;
        return new ProgramDraft
        {
            Name = model.Name,
            Type = type,
            Rate = type == ProgramType.FirstOrder ? model.RegularRate : model.Rate,
            Fixed = model.FixedAmount,
            LadderMode = (LadderMode)model.LadderModeId,
            Bands = BandDraftsOf(model.Bands),
            TypeTerms = TypeTermsModels.ToTerms(type, model.TypeTerms),
            ProductLadders = model.ProductLadders
                .Select(ladder => new ProductLadderDraft(IdOf(ladder.ProductId), IdOf(ladder.CategoryId), (LadderMode)ladder.LadderModeId,
                    (LadderWindow)ladder.LadderWindowId, BandDraftsOf(ladder.Bands))).ToList(),
            CapPerOrder = model.CapPerOrder,
            CapPerPeriodWindow = model.CapPerPeriodWindowId is { } capWindow ? (LadderWindow)capWindow : null,
            CapPerPeriodAmount = model.CapPerPeriodAmount,
            ProductRules = model.ProductRules
                .Select(rule => new ProductRule(IdOf(rule.ProductId), IdOf(rule.CategoryId), rule.Rate, rule.FixedPerUnit)).ToList(),
            DefaultRate = model.DefaultRate,
            FirstOrderCount = model.FirstOrderCount,
            FirstOrderRate = model.FirstOrderRate,
            QuantityRules = model.QuantityRules
                .Select(rule => new QuantityRule(IdOf(rule.ProductId), IdOf(rule.CategoryId), rule.MinQty, rule.MaxQty,
                    rule.PerUnit, rule.PerLine, rule.Rate)).ToList(),
            ValidFrom = model.ValidFrom is { } from ? DateOnly.FromDateTime(from) : null,
            ValidTo = model.ValidTo is { } to ? DateOnly.FromDateTime(to) : null,
            Hierarchy = model.OverrideLevels
                .Select(level => new OverrideLevel(level.Level, level.Percent, (OverrideBase)level.OverrideBaseId)).ToList(),
            AcceleratorThresholdPercent = model.AcceleratorThresholdPercent,
            AcceleratorFactor = model.AcceleratorFactor
        };
    }

    /// <summary>The editor field a problem is shown next to.</summary>
    /// <param name="model">The editor's model.</param>
    /// <param name="problem">The problem.</param>
    public static string PropertyOf(ProgramModel model, ProgramProblem problem)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(problem);

        var row = (problem.Index ?? 0).ToString(CultureInfo.InvariantCulture);
        //a band of a product ladder is shown in its ladder's bands table
        var bands = problem.LadderIndex is { } ladder
            ? $"{nameof(ProgramModel.ProductLadders)}[{ladder.ToString(CultureInfo.InvariantCulture)}].{nameof(ProgramProductLadderModel.Bands)}"
            : nameof(ProgramModel.Bands);
        var productLadder = $"{nameof(ProgramModel.ProductLadders)}[{row}]";
        return problem.Issue switch
        {
            ProgramIssue.NameMissing => nameof(ProgramModel.Name),
            ProgramIssue.ValidToBeforeValidFrom => nameof(ProgramModel.ValidTo),
            ProgramIssue.RateOutOfRange when model.ProgramTypeId == (int)ProgramType.FirstOrder => nameof(ProgramModel.RegularRate),
            ProgramIssue.RateOrFixedMissing or ProgramIssue.RateAndFixedBoth or ProgramIssue.RateOutOfRange => nameof(ProgramModel.Rate),
            ProgramIssue.FixedNegative => nameof(ProgramModel.FixedAmount),
            ProgramIssue.LadderWithoutBands => nameof(ProgramModel.Bands),
            ProgramIssue.BandFromMissing or ProgramIssue.FirstBandNotAtZero or ProgramIssue.BandsOutOfOrder =>
                $"{bands}[{row}].{nameof(ProgramBandModel.From)}",
            ProgramIssue.BandGap or ProgramIssue.BandOverlap or ProgramIssue.LastBandHasEnd =>
                $"{bands}[{row}].{nameof(ProgramBandModel.To)}",
            ProgramIssue.BandPayMissing or ProgramIssue.BandPayBoth or ProgramIssue.BandRateOutOfRange or ProgramIssue.BandPaysLess =>
                $"{bands}[{row}].{nameof(ProgramBandModel.Rate)}",
            ProgramIssue.BandFixedNegative => $"{bands}[{row}].{nameof(ProgramBandModel.FixedAmount)}",
            ProgramIssue.ProductLadderTarget or ProgramIssue.ProductLadderRepeated =>
                $"{productLadder}.{nameof(ProgramProductLadderModel.ProductId)}",
            ProgramIssue.ProductLadderChoice => $"{productLadder}.{nameof(ProgramProductLadderModel.LadderModeId)}",
            ProgramIssue.ProductLadderWithoutBands => $"{productLadder}.{nameof(ProgramProductLadderModel.Bands)}",
            ProgramIssue.CapPerOrderNotPositive => nameof(ProgramModel.CapPerOrder),
            ProgramIssue.CapPerPeriodIncomplete or ProgramIssue.CapPerPeriodWindowInvalid => nameof(ProgramModel.CapPerPeriodWindowId),
            ProgramIssue.CapPerPeriodAmountNotPositive => nameof(ProgramModel.CapPerPeriodAmount),
            ProgramIssue.DefaultRateOutOfRange => nameof(ProgramModel.DefaultRate),
            ProgramIssue.ProductRuleTarget or ProgramIssue.ProductRuleRepeated => $"{nameof(ProgramModel.ProductRules)}[{row}].{nameof(ProgramProductRuleModel.ProductId)}",
            ProgramIssue.ProductRulePay or ProgramIssue.ProductRuleRateOutOfRange =>
                $"{nameof(ProgramModel.ProductRules)}[{row}].{nameof(ProgramProductRuleModel.Rate)}",
            ProgramIssue.ProductRuleFixedNegative => $"{nameof(ProgramModel.ProductRules)}[{row}].{nameof(ProgramProductRuleModel.FixedPerUnit)}",
            ProgramIssue.FirstOrderCountTooSmall => nameof(ProgramModel.FirstOrderCount),
            ProgramIssue.FirstOrderRateMissing or ProgramIssue.FirstOrderRateOutOfRange => nameof(ProgramModel.FirstOrderRate),
            ProgramIssue.QuantityRulesMissing => nameof(ProgramModel.QuantityRules),
            ProgramIssue.QuantityRuleTarget => $"{nameof(ProgramModel.QuantityRules)}[{row}].{nameof(ProgramQuantityRuleModel.ProductId)}",
            ProgramIssue.QuantityRulePay or ProgramIssue.QuantityRuleAmountNegative =>
                $"{nameof(ProgramModel.QuantityRules)}[{row}].{nameof(ProgramQuantityRuleModel.PerUnit)}",
            ProgramIssue.QuantityRuleMinNegative or ProgramIssue.QuantityRuleOverlap => $"{nameof(ProgramModel.QuantityRules)}[{row}].{nameof(ProgramQuantityRuleModel.MinQty)}",
            ProgramIssue.QuantityRuleMaxBelowMin => $"{nameof(ProgramModel.QuantityRules)}[{row}].{nameof(ProgramQuantityRuleModel.MaxQty)}",
            ProgramIssue.QuantityRuleRateOutOfRange => $"{nameof(ProgramModel.QuantityRules)}[{row}].{nameof(ProgramQuantityRuleModel.Rate)}",
            ProgramIssue.OverrideLevelOutOfRange or ProgramIssue.OverrideLevelRepeated =>
                $"{nameof(ProgramModel.OverrideLevels)}[{row}].{nameof(ProgramOverrideLevelModel.Level)}",
            ProgramIssue.OverridePercentOutOfRange => $"{nameof(ProgramModel.OverrideLevels)}[{row}].{nameof(ProgramOverrideLevelModel.Percent)}",
            ProgramIssue.AcceleratorThresholdNegative => nameof(ProgramModel.AcceleratorThresholdPercent),
            ProgramIssue.TypeTermsRule when problem.Terms is { } terms => TypeTermsModels.PropertyOf((ProgramType)model.ProgramTypeId, terms),
            _ => nameof(ProgramModel.AcceleratorFactor)
        };
    }

    /// <summary>
    /// The resource key of a problem's message after "Programs.Problem.": the issue, or for a rule of a type's own terms
    /// "{type}.{code}"; {0} is the row.
    /// </summary>
    /// <param name="model">The editor's model.</param>
    /// <param name="problem">The problem.</param>
    public static string IssueKeyOf(ProgramModel model, ProgramProblem problem)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(problem);

        return problem.Terms is { } terms ? $"{(ProgramType)model.ProgramTypeId}.{terms.Code}" : problem.Issue.ToString();
    }

    /// <summary>The editor field an id the store does not have is shown next to: the first rule or ladder naming it, or the exclusion, scope or beneficiary list.</summary>
    /// <param name="model">The editor's model.</param>
    /// <param name="reference">The unknown id.</param>
    public static string PropertyOf(ProgramModel model, UnknownProgramReference reference)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(reference);

        //the first row of the program's own type that names the id, else the list of lines left out
        string RowProperty()
        {
            var product = reference.Kind == ProgramReferenceKind.Product;
            bool Names(int? productId, int? categoryId) => (product ? productId : categoryId) == reference.Id;
            var (rows, index) = (ProgramType)model.ProgramTypeId switch
            {
                ProgramType.PercentPerProduct => (nameof(ProgramModel.ProductRules),
                    model.ProductRules.ToList().FindIndex(rule => Names(rule.ProductId, rule.CategoryId))),
                ProgramType.PerQuantity => (nameof(ProgramModel.QuantityRules),
                    model.QuantityRules.ToList().FindIndex(rule => Names(rule.ProductId, rule.CategoryId))),
                ProgramType.ProductLadder => (nameof(ProgramModel.ProductLadders),
                    model.ProductLadders.ToList().FindIndex(ladder => Names(ladder.ProductId, ladder.CategoryId))),
                _ => (null, -1)
            };

            if (index < 0)
                return product ? nameof(ProgramModel.ExcludedProductIds) : nameof(ProgramModel.SelectedExcludedCategoryIds);
            var field = product ? nameof(ProgramProductRuleModel.ProductId) : nameof(ProgramProductRuleModel.CategoryId);
            return $"{rows}[{index.ToString(CultureInfo.InvariantCulture)}].{field}";
        }

        return reference.Kind switch
        {
            ProgramReferenceKind.Product or ProgramReferenceKind.Category => RowProperty(),
            ProgramReferenceKind.Store => nameof(ProgramModel.SelectedStoreIds),
            ProgramReferenceKind.ClientGroup => nameof(ProgramModel.SelectedCustomerRoleIds),
            ProgramReferenceKind.Client => nameof(ProgramModel.ClientIds),
            ProgramReferenceKind.Staff => nameof(ProgramModel.SelectedStaffIds),
            _ => nameof(ProgramModel.SelectedPartnerIds)
        };
    }

    /// <summary>The resource key of an unknown id's message; {0} is the id.</summary>
    /// <param name="kind">What the id should name.</param>
    public static string ResourceFor(ProgramReferenceKind kind) => Prefix + "Unknown." + kind;

    private static List<ProgramBandDraft> BandDraftsOf(IEnumerable<ProgramBandModel> bands) =>
        bands.Select(band => new ProgramBandDraft(band.From, band.To, band.Rate, band.FixedAmount)).ToList();

    private static string IdOf(int? id) => id is > 0 ? id.Value.ToString(CultureInfo.InvariantCulture) : null;
}
