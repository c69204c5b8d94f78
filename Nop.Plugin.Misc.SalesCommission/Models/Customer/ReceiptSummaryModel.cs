using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>One of a staff member's receipts in their list.</summary>
public record ReceiptSummaryModel : BaseNopEntityModel
{
    /// <summary>The receipt's number.</summary>
    public string Number { get; set; }

    /// <summary>Approved or paid.</summary>
    public string Status { get; set; }

    /// <summary>The total.</summary>
    public string Total { get; set; }

    /// <summary>When it was paid (the viewer's time zone), or null.</summary>
    public DateTime? PaidOn { get; set; }
}
