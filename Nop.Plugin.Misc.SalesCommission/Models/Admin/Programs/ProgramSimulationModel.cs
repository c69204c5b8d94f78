using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>What the program as edited would have paid over a range of paid orders; nothing of it is written.</summary>
public record ProgramSimulationModel : BaseNopModel
{
    /// <summary>How many paid orders were planned.</summary>
    public int OrdersExamined { get; set; }

    /// <summary>True when the simulation was stopped before the end of the range.</summary>
    public bool Stopped { get; set; }

    /// <summary>The total of every entry, in the store's money format.</summary>
    public string Total { get; set; }

    /// <summary>Totals per beneficiary, largest first.</summary>
    public IList<SimulatedBeneficiaryModel> Beneficiaries { get; set; } = [];

    /// <summary>The first entries, by order.</summary>
    public IList<SimulatedEntryModel> SampleEntries { get; set; } = [];
}
