using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>A printable statement of one receipt.</summary>
public record ReceiptStatementModel : BaseNopEntityModel
{
    /// <summary>The receipt's number.</summary>
    public string Number { get; set; }

    /// <summary>Whose receipt it is.</summary>
    public string StaffName { get; set; }

    /// <summary>The staff member's customer id.</summary>
    public int StaffCustomerId { get; set; }

    /// <summary>Approved or paid.</summary>
    public string Status { get; set; }

    /// <summary>Entries of orders paid up to this date were gathered.</summary>
    public DateTime Cutoff { get; set; }

    /// <summary>When it was approved, or null.</summary>
    public DateTime? ApprovedOn { get; set; }

    /// <summary>When it was paid, or null.</summary>
    public DateTime? PaidOn { get; set; }

    /// <summary>How it was paid.</summary>
    public string PaymentMethod { get; set; }

    /// <summary>The payment's reference.</summary>
    public string PaymentReference { get; set; }

    /// <summary>The total.</summary>
    public string Total { get; set; }

    /// <summary>The entries the receipt gathered.</summary>
    public IList<CommissionEntryRowModel> Lines { get; set; } = new List<CommissionEntryRowModel>();
}
