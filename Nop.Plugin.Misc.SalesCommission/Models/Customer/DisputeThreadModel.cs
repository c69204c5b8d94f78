using Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>One of the rep's disputes with its whole thread and outcome, and the reply form while it is open.</summary>
public record DisputeThreadModel : BaseNopEntityModel
{
    /// <summary>Its reference (D-12).</summary>
    public string Reference { get; set; }

    /// <summary>The order's number.</summary>
    public string OrderNumber { get; set; }

    /// <summary>What it is about (localized).</summary>
    public string Subject { get; set; }

    /// <summary>Its status (localized).</summary>
    public string Status { get; set; }

    /// <summary>True while the rep may reply.</summary>
    public bool IsOpen { get; set; }

    /// <summary>The adjustment that resolved it, as the rep reads it, or null.</summary>
    public CommissionEntryRowModel Adjustment { get; set; }

    /// <summary>The thread, oldest first.</summary>
    public IList<DisputeMessageModel> Messages { get; set; } = [];

    /// <summary>The reply.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Disputes.Fields.Text")]
    public string Text { get; set; }
}
