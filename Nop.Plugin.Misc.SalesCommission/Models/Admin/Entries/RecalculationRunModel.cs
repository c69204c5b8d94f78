using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>One recorded recalculation run.</summary>
public record RecalculationRunModel : BaseNopEntityModel
{
    /// <summary>When it started (user's time).</summary>
    public DateTime StartedOn { get; set; }

    /// <summary>Who ran it.</summary>
    public string CustomerEmail { get; set; }

    /// <summary>The date range or the order ids.</summary>
    public string Scope { get; set; }

    /// <summary>Preview or applied (localized).</summary>
    public string Mode { get; set; }

    /// <summary>Orders examined.</summary>
    public int OrdersExamined { get; set; }

    /// <summary>Entries added.</summary>
    public int EntriesAdded { get; set; }

    /// <summary>Entries removed.</summary>
    public int EntriesRemoved { get; set; }

    /// <summary>The net change of the ledger.</summary>
    public decimal NetChange { get; set; }

    /// <summary>The net change in the store's money format.</summary>
    public string NetChangeText { get; set; }

    /// <summary>The run's summary.</summary>
    public string Result { get; set; }
}
