using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>A staff member's question about one of their entries, or their report of a missing order.</summary>
public record DisputeFormModel : BaseNopModel
{
    /// <summary>The entry questioned, or null to report a missing order.</summary>
    public int? EntryId { get; set; }

    /// <summary>The entry as the rep reads it (shown above the form), or null.</summary>
    public CommissionEntryRowModel Entry { get; set; }

    /// <summary>For a missing order: the order's number.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Disputes.Fields.OrderNumber")]
    public string OrderNumber { get; set; }

    /// <summary>What the rep asks or reports.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Disputes.Fields.Comment")]
    public string Comment { get; set; }
}
