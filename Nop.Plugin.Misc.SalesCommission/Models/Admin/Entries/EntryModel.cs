using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>One ledger entry as the admin sees it.</summary>
public record EntryModel : BaseNopEntityModel
{
    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>When the order was paid (user's time).</summary>
    public DateTime OrderPaidOn { get; set; }

    /// <summary>The beneficiary's name.</summary>
    public string BeneficiaryName { get; set; }

    /// <summary>Staff or partner (localized).</summary>
    public string BeneficiaryType { get; set; }

    /// <summary>The program's name.</summary>
    public string ProgramName { get; set; }

    /// <summary>The kind (localized), with the override level.</summary>
    public string Kind { get; set; }

    /// <summary>The status (localized).</summary>
    public string Status { get; set; }

    /// <summary>The amount the rate applied to.</summary>
    public decimal Base { get; set; }

    /// <summary>The amount.</summary>
    public decimal Amount { get; set; }

    /// <summary>The base in the store's money format.</summary>
    public string BaseText { get; set; }

    /// <summary>The amount in the store's money format.</summary>
    public string AmountText { get; set; }

    /// <summary>The one-line derivation.</summary>
    public string Explanation { get; set; }

    /// <summary>The receipt holding the entry, or null.</summary>
    public int? ReceiptId { get; set; }
}
