using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>One entry a simulated program would write.</summary>
public record SimulatedEntryModel : BaseNopModel
{
    /// <summary>The order.</summary>
    public int OrderId { get; set; }

    /// <summary>The beneficiary's name and type.</summary>
    public string Beneficiary { get; set; }

    /// <summary>Direct or override (with its level), localized.</summary>
    public string Kind { get; set; }

    /// <summary>The credited base, in the store's money format.</summary>
    public string Base { get; set; }

    /// <summary>The amount, in the store's money format.</summary>
    public string Amount { get; set; }

    /// <summary>How the amount was computed.</summary>
    public string Explanation { get; set; }
}
