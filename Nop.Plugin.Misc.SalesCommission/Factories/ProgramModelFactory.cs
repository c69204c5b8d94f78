using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Catalog;
using Nop.Services.Customers;
using Nop.Services.Helpers;
using Nop.Services.Localization;
using Nop.Services.Stores;
using Nop.Web.Framework.Models.Extensions;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the programs pages and turns the editor's model into program rows.</summary>
public class ProgramModelFactory : IProgramModelFactory
{
    #region Fields


    private readonly ICategoryService _categoryService;
    private readonly ICustomerService _customerService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IEntryService _entryService;
    private readonly IExplanationService _explanationService;
    private readonly ILocalizationService _localizationService;
    private readonly IMoneyFormat _moneyFormat;
    private readonly IProductService _productService;
    private readonly IProgramService _programService;
    private readonly IProgramVersionService _programVersionService;
    private readonly IStoreService _storeService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public ProgramModelFactory(ICategoryService categoryService,
        ICustomerService customerService,
        IDateTimeHelper dateTimeHelper,
        IEntryService entryService,
        IExplanationService explanationService,
        ILocalizationService localizationService,
        IMoneyFormat moneyFormat,
        IProductService productService,
        IProgramService programService,
        IProgramVersionService programVersionService,
        IStoreService storeService)
    {
        _categoryService = categoryService;
        _customerService = customerService;
        _dateTimeHelper = dateTimeHelper;
        _entryService = entryService;
        _explanationService = explanationService;
        _localizationService = localizationService;
        _moneyFormat = moneyFormat;
        _productService = productService;
        _programService = programService;
        _programVersionService = programVersionService;
        _storeService = storeService;
    }

    #endregion

    #region Utilities

    /// <summary>Whether a money change makes a version, and the versions of the program's money terms (rules §5).</summary>
    private async Task PrepareVersionsAsync(ProgramModel model)
    {
        if (model.Id == 0)
            return;

        model.HasHistory = await _programVersionService.HasHistoryAsync(model.Id);
        var versions = await _programVersionService.GetVersionsAsync(model.Id);
        var nowUtc = DateTime.UtcNow;
        var inForce = versions.LastOrDefault(version => version.EffectiveFromUtc is null || version.EffectiveFromUtc <= nowUtc);
        model.Versions.Clear();
        foreach (var version in versions)
        {
            var changes = new List<string>();
            foreach (var code in version.ChangedTerms.Split(',', StringSplitOptions.RemoveEmptyEntries))
            {
                if (int.TryParse(code, NumberStyles.None, CultureInfo.InvariantCulture, out var term) && Enum.IsDefined((ProgramTerm)term))
                    changes.Add(await _localizationService.GetLocalizedEnumAsync((ProgramTerm)term));
            }

            model.Versions.Add(new ProgramVersionModel
            {
                EffectiveFrom = version.EffectiveFromUtc is { } from ? await _dateTimeHelper.ConvertToUserTimeAsync(from, DateTimeKind.Utc) : null,
                Changes = string.Join(", ", changes),
                InForce = version == inForce
            });
        }
    }

    private static string Invariant(int id) => id.ToString(CultureInfo.InvariantCulture);

    private async Task AddEnumOptionsAsync<TEnum>(IList<SelectListItem> items) where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
            items.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(value), Convert.ToInt32(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture)));
    }

    private static DateTime? AsUtcDay(DateTime? day) => day is { } value ? DateTime.SpecifyKind(value.Date, DateTimeKind.Utc) : null;

    private static int? PositiveOrNull(int? id) => id is > 0 ? id : null;

    /// <summary>Stored bands as the editor shows them: by start, each ending where the next starts, the last at its 'to' if any.</summary>
    private static List<ProgramBandModel> BandModelsOf(IEnumerable<ProgramBand> bands)
    {
        var ascending = bands.OrderBy(band => band.From).ToList();
        return ascending.Select((band, index) => new ProgramBandModel
        {
            From = band.From,
            To = index + 1 < ascending.Count ? ascending[index + 1].From : band.To,
            Rate = band.Rate,
            FixedAmount = band.FixedAmount
        }).ToList();
    }

    /// <summary>Bands as entered, to store: only the last keeps its 'to' (the others end where the next starts).</summary>
    private static List<ProgramBand> BandRowsOf(IList<ProgramBandModel> bands) =>
        bands.Select((band, index) => new ProgramBand
        {
            From = band.From ?? 0m,
            To = index == bands.Count - 1 ? band.To : null,
            Rate = band.Rate,
            FixedAmount = band.FixedAmount,
            DisplayOrder = index
        }).ToList();

    private static void FillFromDefinition(ProgramModel model, ProgramDefinition definition)
    {
        var program = definition.Program;
        var type = (ProgramType)program.ProgramTypeId;

        model.Id = program.Id;
        model.Name = program.Name;
        model.ProgramTypeId = program.ProgramTypeId;
        model.BasisId = program.BasisId;
        model.Priority = program.Priority;
        model.Active = program.Active;
        model.ValidFrom = program.ValidFromUtc;
        model.ValidTo = program.ValidToUtc;
        model.Rate = type == ProgramType.PercentOfOrder ? program.Rate : null;
        model.FixedAmount = program.FixedAmount;
        model.RegularRate = type == ProgramType.FirstOrder ? program.Rate : null;
        model.LadderModeId = program.LadderModeId;
        model.LadderWindowId = program.LadderWindowId;
        model.Bands = BandModelsOf(definition.Bands);
        model.ProductLadders = definition.ProductLadders.Select(ladder => new ProgramProductLadderModel
        {
            ProductId = ladder.Ladder.ProductId,
            CategoryId = ladder.Ladder.CategoryId ?? 0,
            LadderModeId = ladder.Ladder.LadderModeId,
            LadderWindowId = ladder.Ladder.LadderWindowId,
            Bands = BandModelsOf(ladder.Bands)
        }).ToList();
        model.TypeTerms = TypeTermsModels.Of(type, TypeTermsJson.Parse(type, program.TypeTerms));
        model.CapPerOrder = program.CapPerOrder;
        model.HoldDays = program.HoldDays;
        model.CapPerPeriodWindowId = program.CapPerPeriodWindowId;
        model.CapPerPeriodAmount = program.CapPerPeriodAmount;
        model.ProductRules = definition.ProductRules.Select(rule => new ProgramProductRuleModel
        {
            ProductId = rule.ProductId,
            CategoryId = rule.CategoryId ?? 0,
            Rate = rule.Rate,
            FixedPerUnit = rule.FixedPerUnit
        }).ToList();
        model.DefaultRate = program.DefaultRate;
        model.FirstOrderCount = Math.Max(program.FirstOrderCount, 1);
        model.FirstOrderRate = program.FirstOrderRate;
        model.QuantityRules = definition.QuantityRules.Select(rule => new ProgramQuantityRuleModel
        {
            ProductId = rule.ProductId,
            CategoryId = rule.CategoryId ?? 0,
            MinQty = rule.MinQty,
            MaxQty = rule.MaxQty,
            PerUnit = rule.PerUnit,
            PerLine = rule.PerLine,
            Rate = rule.Rate
        }).ToList();

        IList<int> Scoped(ScopeType scope) =>
            definition.ScopeItems.Where(item => item.ScopeTypeId == (int)scope).Select(item => item.EntityId).ToList();
        IList<int> Payees(BeneficiaryType payee) =>
            definition.Beneficiaries.Where(row => row.BeneficiaryTypeId == (int)payee).Select(row => row.BeneficiaryId).ToList();

        model.SelectedStoreIds = Scoped(ScopeType.Store);
        model.SelectedCustomerRoleIds = Scoped(ScopeType.ClientGroup);
        model.ClientIds = string.Join(", ", Scoped(ScopeType.Client).Select(Invariant));
        model.ExcludedProductIds = string.Join(", ", Scoped(ScopeType.ExcludedProduct).Select(Invariant));
        model.SelectedExcludedCategoryIds = Scoped(ScopeType.ExcludedCategory);
        model.SelectedStaffIds = Payees(BeneficiaryType.Staff);
        model.SelectedPartnerIds = Payees(BeneficiaryType.Partner);
        model.AllPartners = program.AllPartners;
        model.OverrideLevels = definition.OverrideLevels.OrderBy(level => level.Level).Select(level => new ProgramOverrideLevelModel
        {
            Level = level.Level,
            Percent = level.Percent,
            OverrideBaseId = level.OverrideBaseId
        }).ToList();
        model.AcceleratorThresholdPercent = program.AcceleratorThresholdPercent;
        model.AcceleratorFactor = program.AcceleratorFactor;
    }

    private async Task PrepareChoicesAsync(ProgramModel model)
    {
        await AddEnumOptionsAsync<ProgramType>(model.AvailableProgramTypes);
        await AddEnumOptionsAsync<CommissionBasis>(model.AvailableBases);
        await AddEnumOptionsAsync<LadderMode>(model.AvailableLadderModes);
        await AddEnumOptionsAsync<LadderWindow>(model.AvailableLadderWindows);
        await AddEnumOptionsAsync<OverrideBase>(model.AvailableOverrideBases);
        model.AvailableCapWindows.Add(new SelectListItem(await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Programs.Caps.NoPeriodCap"), string.Empty));
        foreach (var window in Enum.GetValues<LadderWindow>().Where(CommissionPeriod.IsCalendar))
            model.AvailableCapWindows.Add(new SelectListItem(await _localizationService.GetLocalizedEnumAsync(window), Invariant((int)window)));

        model.AvailableCategories.Add(new SelectListItem(await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Programs.Rule.NoCategory"), "0"));
        foreach (var category in await _categoryService.GetAllCategoriesAsync(showHidden: true))
            model.AvailableCategories.Add(new SelectListItem($"{category.Name} (#{Invariant(category.Id)})", Invariant(category.Id)));

        foreach (var store in await _storeService.GetAllStoresAsync())
            model.AvailableStores.Add(new SelectListItem(store.Name, Invariant(store.Id)));
        foreach (var role in await _customerService.GetAllCustomerRolesAsync(showHidden: true))
            model.AvailableCustomerRoles.Add(new SelectListItem(role.Name, Invariant(role.Id)));

        foreach (var (type, id, name) in await _entryService.GetAllBeneficiariesAsync())
        {
            var options = type == BeneficiaryType.Staff ? model.AvailableStaff : model.AvailablePartners;
            options.Add(new SelectListItem(name, Invariant(id)));
        }

        var productIds = model.ProductRules.Select(rule => rule.ProductId)
            .Concat(model.QuantityRules.Select(rule => rule.ProductId))
            .Concat(model.ProductLadders.Select(ladder => ladder.ProductId)).OfType<int>().Where(id => id > 0).Distinct().ToArray();
        var names = (await _productService.GetProductsByIdsAsync(productIds)).ToDictionary(product => product.Id, product => product.Name);
        string NameOf(int? productId) => productId is { } id ? names.GetValueOrDefault(id) : null;
        foreach (var rule in model.ProductRules)
            rule.ProductName = NameOf(rule.ProductId);
        foreach (var rule in model.QuantityRules)
            rule.ProductName = NameOf(rule.ProductId);
        foreach (var ladder in model.ProductLadders)
            ladder.ProductName = NameOf(ladder.ProductId);
    }

    private async Task<string> KindOfAsync(LedgerEntry entry)
    {
        var kind = await _localizationService.GetLocalizedEnumAsync(entry.Kind);
        return entry.Kind == EntryKind.Override ? $"{kind} {entry.Level.ToString(CultureInfo.InvariantCulture)}" : kind;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<ProgramSearchModel> PrepareProgramSearchModelAsync(ProgramSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var all = await _localizationService.GetResourceAsync("Admin.Common.All");
        searchModel.AvailableProgramTypes.Add(new SelectListItem(all, "0"));
        await AddEnumOptionsAsync<ProgramType>(searchModel.AvailableProgramTypes);

        searchModel.AvailableActiveOptions.Add(new SelectListItem(all, "0"));
        searchModel.AvailableActiveOptions.Add(new SelectListItem(await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Programs.Search.Active.Yes"), "1"));
        searchModel.AvailableActiveOptions.Add(new SelectListItem(await _localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Programs.Search.Active.No"), "2"));
        searchModel.SetGridPageSize();

        return searchModel;
    }

    /// <inheritdoc />
    public virtual async Task<ProgramListModel> PrepareProgramListModelAsync(ProgramSearchModel searchModel)
    {
        ArgumentNullException.ThrowIfNull(searchModel);

        var type = Enum.IsDefined((ProgramType)searchModel.SearchProgramTypeId) ? searchModel.SearchProgramTypeId : (int?)null;
        var active = searchModel.SearchActiveId switch { 1 => true, 2 => false, _ => (bool?)null };
        var programs = await _programService.SearchProgramsAsync(searchModel.SearchName, type, active,
            searchModel.Page - 1, searchModel.PageSize);

        var rows = new List<ProgramRowModel>();
        foreach (var program in programs)
        {
            rows.Add(new ProgramRowModel
            {
                Id = program.Id,
                Name = program.Name,
                ProgramType = await _localizationService.GetLocalizedEnumAsync((ProgramType)program.ProgramTypeId),
                Basis = await _localizationService.GetLocalizedEnumAsync((CommissionBasis)program.BasisId),
                Priority = program.Priority,
                Active = program.Active,
                ValidFrom = program.ValidFromUtc,
                ValidTo = program.ValidToUtc
            });
        }

        return new ProgramListModel
        {
            Data = rows,
            Draw = searchModel.Draw,
            RecordsTotal = programs.TotalCount,
            RecordsFiltered = programs.TotalCount
        };
    }

    /// <inheritdoc />
    public virtual async Task<ProgramModel> PrepareProgramModelAsync(ProgramModel model, ProgramDefinition definition)
    {
        if (model is null)
        {
            model = new ProgramModel();
            if (definition is not null)
                FillFromDefinition(model, definition);
            else
                model.Bands.Add(new ProgramBandModel { From = 0m });

            var today = (await _dateTimeHelper.ConvertToUserTimeAsync(DateTime.UtcNow, DateTimeKind.Utc)).Date;
            model.SimulateFrom = new DateTime(today.Year, today.Month, 1, 0, 0, 0, DateTimeKind.Unspecified);
            model.SimulateTo = today;
            model.EffectiveDate = DateTime.UtcNow.Date;
        }

        await PrepareVersionsAsync(model);
        await PrepareChoicesAsync(model);
        return model;
    }

    /// <inheritdoc />
    public virtual ProgramDefinition ToDefinition(ProgramModel model, CommissionProgram program)
    {
        ArgumentNullException.ThrowIfNull(model);

        var type = (ProgramType)model.ProgramTypeId;
        program ??= new CommissionProgram();
        program.Name = model.Name?.Trim();
        program.ProgramTypeId = model.ProgramTypeId;
        program.BasisId = model.BasisId;
        program.Priority = model.Priority;
        program.Active = model.Active;
        program.ValidFromUtc = AsUtcDay(model.ValidFrom);
        program.ValidToUtc = AsUtcDay(model.ValidTo);
        program.Rate = type switch
        {
            ProgramType.PercentOfOrder => model.Rate,
            ProgramType.FirstOrder => model.RegularRate,
            _ => null
        };
        program.FixedAmount = type == ProgramType.PercentOfOrder ? model.FixedAmount : null;
        program.LadderModeId = type == ProgramType.Ladder ? model.LadderModeId : 0;
        program.LadderWindowId = type == ProgramType.Ladder ? model.LadderWindowId : 0;
        program.DefaultRate = type == ProgramType.PercentPerProduct ? model.DefaultRate : 0m;
        program.FirstOrderCount = type == ProgramType.FirstOrder ? model.FirstOrderCount : 0;
        program.FirstOrderRate = type == ProgramType.FirstOrder ? model.FirstOrderRate : null;
        program.TypeTerms = TypeTermsModels.ToTerms(type, model.TypeTerms) is { } terms ? TypeTermsJson.Write(terms) : null;
        program.AllPartners = model.AllPartners;
        program.AcceleratorThresholdPercent = model.AcceleratorThresholdPercent;
        program.AcceleratorFactor = model.AcceleratorFactor;
        program.CapPerOrder = model.CapPerOrder;
        program.HoldDays = model.HoldDays;
        program.CapPerPeriodWindowId = model.CapPerPeriodWindowId;
        program.CapPerPeriodAmount = model.CapPerPeriodAmount;

        model.TryGetClientIds(out var clientIds);
        model.TryGetExcludedProductIds(out var excludedProductIds);
        var scope = model.SelectedStoreIds.Distinct().Select(id => new ProgramScopeItem { ScopeTypeId = (int)ScopeType.Store, EntityId = id })
            .Concat(model.SelectedCustomerRoleIds.Distinct().Select(id => new ProgramScopeItem { ScopeTypeId = (int)ScopeType.ClientGroup, EntityId = id }))
            .Concat(clientIds.Select(id => new ProgramScopeItem { ScopeTypeId = (int)ScopeType.Client, EntityId = id }))
            .Concat(excludedProductIds.Select(id => new ProgramScopeItem { ScopeTypeId = (int)ScopeType.ExcludedProduct, EntityId = id }))
            .Concat(model.SelectedExcludedCategoryIds.Distinct().Select(id => new ProgramScopeItem { ScopeTypeId = (int)ScopeType.ExcludedCategory, EntityId = id }));
        var payees = model.SelectedStaffIds.Distinct().Select(id => new ProgramBeneficiary { BeneficiaryTypeId = (int)BeneficiaryType.Staff, BeneficiaryId = id })
            .Concat(model.SelectedPartnerIds.Distinct().Select(id => new ProgramBeneficiary { BeneficiaryTypeId = (int)BeneficiaryType.Partner, BeneficiaryId = id }));

        return new ProgramDefinition
        {
            Program = program,
            Bands = type != ProgramType.Ladder ? [] : BandRowsOf(model.Bands),
            ProductLadders = type != ProgramType.ProductLadder ? [] : model.ProductLadders.Select(ladder => new ProductLadderDefinition
            {
                Ladder = new ProgramProductLadder
                {
                    ProductId = PositiveOrNull(ladder.ProductId),
                    CategoryId = PositiveOrNull(ladder.CategoryId),
                    LadderModeId = ladder.LadderModeId,
                    LadderWindowId = ladder.LadderWindowId
                },
                Bands = BandRowsOf(ladder.Bands)
            }).ToList(),
            ProductRules = type != ProgramType.PercentPerProduct ? [] : model.ProductRules.Select(rule => new ProgramProductRule
            {
                ProductId = PositiveOrNull(rule.ProductId),
                CategoryId = PositiveOrNull(rule.CategoryId),
                Rate = rule.Rate,
                FixedPerUnit = rule.FixedPerUnit
            }).ToList(),
            QuantityRules = type != ProgramType.PerQuantity ? [] : model.QuantityRules.Select(rule => new ProgramQuantityRule
            {
                ProductId = PositiveOrNull(rule.ProductId),
                CategoryId = PositiveOrNull(rule.CategoryId),
                MinQty = rule.MinQty,
                MaxQty = rule.MaxQty,
                PerUnit = rule.PerUnit,
                PerLine = rule.PerLine,
                Rate = rule.Rate
            }).ToList(),
            ScopeItems = scope.ToList(),
            Beneficiaries = payees.ToList(),
            OverrideLevels = model.OverrideLevels.Select(level => new ProgramOverrideLevel
            {
                Level = level.Level,
                Percent = level.Percent,
                OverrideBaseId = level.OverrideBaseId
            }).ToList()
        };
    }

    /// <inheritdoc />
    public virtual async Task<ProgramSimulationModel> PrepareSimulationModelAsync(ProgramSimulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);

        var keys = simulation.Beneficiaries.Select(beneficiary => (beneficiary.BeneficiaryType, EngineId.ToHost(beneficiary.BeneficiaryId)))
            .Concat(simulation.SampleEntries.Select(entry => (entry.BeneficiaryType, EngineId.ToHost(entry.BeneficiaryId))))
            .Distinct()
            .ToList();
        var names = await _entryService.GetBeneficiaryNamesAsync(keys);
        async Task<string> NameOfAsync(BeneficiaryType type, string id) =>
            $"{(names.TryGetValue((type, EngineId.ToHost(id)), out var name) ? name : "#" + id)} ({await _localizationService.GetLocalizedEnumAsync(type)})";

        var model = new ProgramSimulationModel
        {
            OrdersExamined = simulation.OrdersExamined,
            Stopped = simulation.Stopped,
            Total = await _moneyFormat.FormatAsync(simulation.Total)
        };
        foreach (var beneficiary in simulation.Beneficiaries)
        {
            model.Beneficiaries.Add(new SimulatedBeneficiaryModel
            {
                Beneficiary = await NameOfAsync(beneficiary.BeneficiaryType, beneficiary.BeneficiaryId),
                Entries = beneficiary.Entries,
                Total = await _moneyFormat.FormatAsync(beneficiary.Total)
            });
        }

        var explanations = await _explanationService.RenderAsync(simulation.SampleEntries.Select(entry => entry.Derivation).ToList());
        foreach (var (entry, explanation) in simulation.SampleEntries.Zip(explanations))
        {
            model.SampleEntries.Add(new SimulatedEntryModel
            {
                OrderId = EngineId.ToHost(entry.OrderId),
                Beneficiary = await NameOfAsync(entry.BeneficiaryType, entry.BeneficiaryId),
                Kind = await KindOfAsync(entry),
                Base = await _moneyFormat.FormatAsync(entry.Base),
                Amount = await _moneyFormat.FormatAsync(entry.Amount),
                Explanation = explanation
            });
        }

        return model;
    }

    /// <inheritdoc />
    public virtual async Task<(DateTime FromUtc, DateTime ToUtc)> GetSimulationRangeUtcAsync(DateTime fromDay, DateTime toDay)
    {
        var zone = await _dateTimeHelper.GetCurrentTimeZoneAsync();
        return (_dateTimeHelper.ConvertToUtcTime(fromDay.Date, zone), _dateTimeHelper.ConvertToUtcTime(toDay.Date.AddDays(1), zone));
    }

    #endregion
}
