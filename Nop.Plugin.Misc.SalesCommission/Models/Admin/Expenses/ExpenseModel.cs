using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Expenses;

/// <summary>One row of the commission expense journal.</summary>
public record ExpenseModel : BaseNopEntityModel
{
    /// <summary>The expense date (the receipt's paid date).</summary>
    public DateTime Date { get; set; }

    /// <summary>The expense date as the user writes a day.</summary>
    public string DateText { get; set; }

    /// <summary>The category.</summary>
    public string Category { get; set; }

    /// <summary>The amount.</summary>
    public decimal Amount { get; set; }

    /// <summary>The amount in the store's money format.</summary>
    public string AmountText { get; set; }

    /// <summary>Staff or partner (localized).</summary>
    public string BeneficiaryType { get; set; }

    /// <summary>The beneficiary's name.</summary>
    public string BeneficiaryName { get; set; }

    /// <summary>The receipt id.</summary>
    public int ReceiptId { get; set; }

    /// <summary>The receipt number.</summary>
    public string Reference { get; set; }

    /// <summary>The note.</summary>
    public string Note { get; set; }
}
