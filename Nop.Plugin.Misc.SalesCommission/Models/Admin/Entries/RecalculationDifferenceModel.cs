using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>What a recalculation changes for one order, program, beneficiary and level.</summary>
public record RecalculationDifferenceModel : BaseNopModel
{
    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The program's name.</summary>
    public string ProgramName { get; set; }

    /// <summary>The beneficiary's name.</summary>
    public string BeneficiaryName { get; set; }

    /// <summary>0 for direct commission, else the override level.</summary>
    public int Level { get; set; }

    /// <summary>What the ledger holds now.</summary>
    public decimal Current { get; set; }

    /// <summary>What the order earns now.</summary>
    public decimal Recalculated { get; set; }

    /// <summary>Recalculated minus current.</summary>
    public decimal Difference { get; set; }

    /// <summary>What the ledger holds now, in the store's money format.</summary>
    public string CurrentText { get; set; }

    /// <summary>What the order earns now, in the store's money format.</summary>
    public string RecalculatedText { get; set; }

    /// <summary>The difference in the store's money format.</summary>
    public string DifferenceText { get; set; }
}
