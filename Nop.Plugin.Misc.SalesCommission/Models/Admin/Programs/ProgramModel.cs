using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>The program editor: common fields, every type's terms (only the chosen type's are saved) and a simulation range.</summary>
public record ProgramModel : BaseNopEntityModel
{
    /// <summary>The name.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.Name")]
    public string Name { get; set; }

    /// <summary>The calculation type (Engine ProgramType).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.ProgramType")]
    public int ProgramTypeId { get; set; } = 1;

    /// <summary>The basis (Engine CommissionBasis).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.Basis")]
    public int BasisId { get; set; }

    /// <summary>Higher wins under the HighestPriority stacking policy.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.Priority")]
    public int Priority { get; set; }

    /// <summary>Whether the program pays.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.Active")]
    public bool Active { get; set; } = true;

    /// <summary>First paid date (UTC), or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.ValidFrom")]
    [UIHint("DateNullable")]
    public DateTime? ValidFrom { get; set; }

    /// <summary>Last paid date (UTC), or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.ValidTo")]
    [UIHint("DateNullable")]
    public DateTime? ValidTo { get; set; }

    /// <summary>PercentOfOrder: the rate, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.Rate")]
    public decimal? Rate { get; set; }

    /// <summary>PercentOfOrder: the fixed amount per order, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.FixedAmount")]
    public decimal? FixedAmount { get; set; }

    /// <summary>Ladder: Marginal or WholeAmount (Engine LadderMode).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.LadderMode")]
    public int LadderModeId { get; set; }

    /// <summary>Ladder: PerOrder, Month, Quarter or Year (Engine LadderWindow).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.LadderWindow")]
    public int LadderWindowId { get; set; }

    /// <summary>Ladder: the bands.</summary>
    public IList<ProgramBandModel> Bands { get; set; } = [];

    /// <summary>PercentPerProduct: the product and category rules.</summary>
    public IList<ProgramProductRuleModel> ProductRules { get; set; } = [];

    /// <summary>PercentPerProduct: the rate for lines no rule covers.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.DefaultRate")]
    public decimal DefaultRate { get; set; }

    /// <summary>FirstOrder: how many first orders get the first-order rate.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.FirstOrderCount")]
    public int FirstOrderCount { get; set; } = 1;

    /// <summary>FirstOrder: the first-order rate.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.FirstOrderRate")]
    public decimal? FirstOrderRate { get; set; }

    /// <summary>FirstOrder: the rate of later orders, or empty for none.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.RegularRate")]
    public decimal? RegularRate { get; set; }

    /// <summary>PerQuantity: the rules.</summary>
    public IList<ProgramQuantityRuleModel> QuantityRules { get; set; } = [];

    /// <summary>ProductLadder: the ladders per category or product; one naming neither is the default ladder.</summary>
    public IList<ProgramProductLadderModel> ProductLadders { get; set; } = [];

    /// <summary>A type that carries its own terms: the chosen type's fields (<see cref="ITypeTermsModel"/>); null for the other types.</summary>
    [ModelBinder(typeof(TypeTermsModelBinder))]
    public ITypeTermsModel TypeTerms { get; set; }

    /// <summary>The days its entries are held before they are payable, or empty to follow the store's setting.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.HoldDays")]
    public int? HoldDays { get; set; }

    /// <summary>The most one Direct entry pays, or empty for no cap.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.CapPerOrder")]
    public decimal? CapPerOrder { get; set; }

    /// <summary>The calendar period of the cap per period (Engine LadderWindow: Month, Quarter, Year), or empty for none.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.CapPerPeriodWindowId")]
    public int? CapPerPeriodWindowId { get; set; }

    /// <summary>The most one beneficiary's Direct entries of one period add up to, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.CapPerPeriodAmount")]
    public decimal? CapPerPeriodAmount { get; set; }

    /// <summary>Product ids whose lines the program leaves out, separated by commas.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.ExcludedProductIds")]
    public string ExcludedProductIds { get; set; }

    /// <summary>Categories whose lines (with their subcategories') the program leaves out.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.ExcludedCategoryIds")]
    public IList<int> SelectedExcludedCategoryIds { get; set; } = [];

    /// <summary>Stores the program is limited to; none for every store.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.Stores")]
    public IList<int> SelectedStoreIds { get; set; } = [];

    /// <summary>Client groups (customer roles) the program is limited to.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.ClientGroups")]
    public IList<int> SelectedCustomerRoleIds { get; set; } = [];

    /// <summary>Client (customer) ids the program is limited to, separated by commas.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.Clients")]
    public string ClientIds { get; set; }

    /// <summary>Staff members the program pays; none for every credited staff member.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.Staff")]
    public IList<int> SelectedStaffIds { get; set; } = [];

    /// <summary>Partners the program pays.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.Partners")]
    public IList<int> SelectedPartnerIds { get; set; } = [];

    /// <summary>True to pay every credited partner.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.AllPartners")]
    public bool AllPartners { get; set; }

    /// <summary>Hierarchy override levels.</summary>
    public IList<ProgramOverrideLevelModel> OverrideLevels { get; set; } = [];

    /// <summary>Accelerator threshold in percent of the target, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.AcceleratorThresholdPercent")]
    public decimal? AcceleratorThresholdPercent { get; set; }

    /// <summary>Accelerator factor, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.AcceleratorFactor")]
    public decimal? AcceleratorFactor { get; set; }

    /// <summary>
    /// The first day (UTC calendar) changed money terms apply to, on a program that has entries or versions: the change
    /// makes a new version and orders paid before keep the terms they were paid under (today: from the moment of saving).
    /// </summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Fields.EffectiveDate")]
    [UIHint("DateNullable")]
    public DateTime? EffectiveDate { get; set; }

    /// <summary>True when a change of money terms makes a version (the program has entries or versions).</summary>
    public bool HasHistory { get; set; }

    /// <summary>The versions of the program's money terms, the first in force first; empty until the first versioned change.</summary>
    public IList<ProgramVersionModel> Versions { get; set; } = [];

    /// <summary>First day of paid orders to simulate over.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Simulate.From")]
    [UIHint("DateNullable")]
    public DateTime? SimulateFrom { get; set; }

    /// <summary>Last day of paid orders to simulate over.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Simulate.To")]
    [UIHint("DateNullable")]
    public DateTime? SimulateTo { get; set; }

    /// <summary>Type choices.</summary>
    public IList<SelectListItem> AvailableProgramTypes { get; set; } = [];

    /// <summary>Basis choices.</summary>
    public IList<SelectListItem> AvailableBases { get; set; } = [];

    /// <summary>Ladder mode choices.</summary>
    public IList<SelectListItem> AvailableLadderModes { get; set; } = [];

    /// <summary>Ladder window choices.</summary>
    public IList<SelectListItem> AvailableLadderWindows { get; set; } = [];

    /// <summary>Override base choices.</summary>
    public IList<SelectListItem> AvailableOverrideBases { get; set; } = [];

    /// <summary>Cap period choices (with "no cap per period" first).</summary>
    public IList<SelectListItem> AvailableCapWindows { get; set; } = [];

    /// <summary>Category choices (with "none" first).</summary>
    public IList<SelectListItem> AvailableCategories { get; set; } = [];

    /// <summary>Store choices.</summary>
    public IList<SelectListItem> AvailableStores { get; set; } = [];

    /// <summary>Customer role choices.</summary>
    public IList<SelectListItem> AvailableCustomerRoles { get; set; } = [];

    /// <summary>Staff choices.</summary>
    public IList<SelectListItem> AvailableStaff { get; set; } = [];

    /// <summary>Partner choices.</summary>
    public IList<SelectListItem> AvailablePartners { get; set; } = [];

    /// <summary>Reads the client ids: positive whole numbers separated by commas, semicolons or spaces.</summary>
    /// <param name="ids">The ids in the order entered, each once.</param>
    /// <returns>False when a part is not a positive whole number.</returns>
    public bool TryGetClientIds(out IList<int> ids) => TryGetIds(ClientIds, out ids);

    /// <summary>Reads the ids of the products left out, as <see cref="TryGetClientIds"/> reads client ids.</summary>
    /// <param name="ids">The ids in the order entered, each once.</param>
    /// <returns>False when a part is not a positive whole number.</returns>
    public bool TryGetExcludedProductIds(out IList<int> ids) => TryGetIds(ExcludedProductIds, out ids);

    private static bool TryGetIds(string text, out IList<int> ids)
    {
        ids = [];
        foreach (var part in (text ?? string.Empty).Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id) || id <= 0)
                return false;
            if (!ids.Contains(id))
                ids.Add(id);
        }

        return true;
    }
}
