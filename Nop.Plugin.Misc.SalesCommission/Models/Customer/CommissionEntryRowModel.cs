using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Customer;

/// <summary>One entry of a staff member's ledger as the rep reads it.</summary>
public record CommissionEntryRowModel : BaseNopEntityModel
{
    /// <summary>When the entry was written (the viewer's time zone).</summary>
    public DateTime CreatedOn { get; set; }

    /// <summary>The order's number.</summary>
    public string OrderNumber { get; set; }

    /// <summary>The program that wrote the entry.</summary>
    public string ProgramName { get; set; }

    /// <summary>Direct, override, clawback, reversal or adjustment.</summary>
    public string Kind { get; set; }

    /// <summary>The amount.</summary>
    public string Amount { get; set; }

    /// <summary>Pending, approved or paid.</summary>
    public string Status { get; set; }

    /// <summary>The one-line derivation.</summary>
    public string Explanation { get; set; }
}
