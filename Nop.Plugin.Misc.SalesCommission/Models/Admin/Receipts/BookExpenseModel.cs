using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;

/// <summary>Books a paid receipt in the expense journal.</summary>
public record BookExpenseModel : BaseNopModel
{
    /// <summary>The receipt id.</summary>
    public int ReceiptId { get; set; }

    /// <summary>A note for the journal.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Receipts.BookExpense.Note")]
    public string Note { get; set; }
}
