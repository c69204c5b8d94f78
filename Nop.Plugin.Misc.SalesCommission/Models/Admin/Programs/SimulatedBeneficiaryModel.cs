using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>What a simulated program pays one beneficiary.</summary>
public record SimulatedBeneficiaryModel : BaseNopModel
{
    /// <summary>The beneficiary's name and type.</summary>
    public string Beneficiary { get; set; }

    /// <summary>How many entries.</summary>
    public int Entries { get; set; }

    /// <summary>The total of the entries, in the store's money format.</summary>
    public string Total { get; set; }
}
