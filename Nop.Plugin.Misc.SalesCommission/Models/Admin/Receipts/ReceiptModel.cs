using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;

/// <summary>A receipt: the list row, the detail page and the printable statement.</summary>
public record ReceiptModel : BaseNopEntityModel
{
    /// <summary>The receipt number.</summary>
    public string Number { get; set; }

    /// <summary>The beneficiary's name.</summary>
    public string BeneficiaryName { get; set; }

    /// <summary>Staff or partner (localized).</summary>
    public string BeneficiaryType { get; set; }

    /// <summary>The status (localized).</summary>
    public string Status { get; set; }

    /// <summary>The cut-off (user's time).</summary>
    public DateTime Cutoff { get; set; }

    /// <summary>The cut-off as the user writes a day.</summary>
    public string CutoffText { get; set; }

    /// <summary>The first paid date of its entries' orders (user's time); null without entries.</summary>
    public DateTime? PeriodFrom { get; set; }

    /// <summary>The total.</summary>
    public decimal Total { get; set; }

    /// <summary>The total in the store's money format.</summary>
    public string TotalText { get; set; }

    /// <summary>When it was drafted (user's time).</summary>
    public DateTime CreatedOn { get; set; }

    /// <summary>When it was approved (user's time).</summary>
    public DateTime? ApprovedOn { get; set; }

    /// <summary>When it was paid (user's time).</summary>
    public DateTime? PaidOn { get; set; }

    /// <summary>How it was paid.</summary>
    public string PaymentMethod { get; set; }

    /// <summary>The payment's reference.</summary>
    public string PaymentReference { get; set; }

    /// <summary>When it was voided (user's time).</summary>
    public DateTime? VoidedOn { get; set; }

    /// <summary>True when it is booked as an expense.</summary>
    public bool ExpenseBooked { get; set; }

    /// <summary>The engine allows approving it now.</summary>
    public bool CanApprove { get; set; }

    /// <summary>The engine allows paying it now.</summary>
    public bool CanPay { get; set; }

    /// <summary>The engine allows voiding it now.</summary>
    public bool CanVoid { get; set; }

    /// <summary>The engine allows booking it as an expense now.</summary>
    public bool CanBookExpense { get; set; }

    /// <summary>Its entries (detail and statement only).</summary>
    public IList<EntryModel> Entries { get; set; } = [];

    /// <summary>The payment form.</summary>
    public PayReceiptModel Pay { get; set; } = new();

    /// <summary>The expense booking form.</summary>
    public BookExpenseModel BookExpense { get; set; } = new();
}
