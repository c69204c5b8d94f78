using System.ComponentModel.DataAnnotations;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Payroll;

/// <summary>The payroll export form: the paid receipts of a payout run, by paid date range and/or receipt numbers.</summary>
public record PayrollExportModel : BaseNopModel
{
    /// <summary>The first day receipts were paid on, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Payroll.Fields.PaidFrom")]
    [UIHint("DateNullable")]
    public DateTime? PaidFrom { get; set; }

    /// <summary>The last day receipts were paid on, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Payroll.Fields.PaidTo")]
    [UIHint("DateNullable")]
    public DateTime? PaidTo { get; set; }

    /// <summary>Receipt numbers separated by commas, spaces or new lines, or empty.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Payroll.Fields.ReceiptNumbers")]
    public string ReceiptNumbers { get; set; }

    /// <summary>The receipt numbers typed, one each.</summary>
    public IReadOnlyList<string> ReceiptNumberList =>
        (ReceiptNumbers ?? string.Empty).Split([',', ' ', ';', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToList();
}
