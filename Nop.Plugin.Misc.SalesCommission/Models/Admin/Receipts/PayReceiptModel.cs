using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;

/// <summary>How an approved receipt was paid.</summary>
public record PayReceiptModel : BaseNopModel
{
    /// <summary>The receipt id.</summary>
    public int ReceiptId { get; set; }

    /// <summary>The day it was paid.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Receipts.Pay.PaidOn")]
    [UIHint("DateNullable")]
    public DateTime? PaidOn { get; set; }

    /// <summary>How it was paid (bank transfer, payroll...).</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Receipts.Pay.Method")]
    public string Method { get; set; }

    /// <summary>The payment's reference.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Receipts.Pay.Reference")]
    public string Reference { get; set; }
}
