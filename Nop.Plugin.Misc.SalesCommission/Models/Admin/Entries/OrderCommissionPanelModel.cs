using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>The commission panel on the admin order page.</summary>
public record OrderCommissionPanelModel : BaseNopModel
{
    /// <summary>The order id.</summary>
    public int OrderId { get; set; }

    /// <summary>The order's entries.</summary>
    public IList<EntryModel> Entries { get; set; } = [];

    /// <summary>The sum of the entries.</summary>
    public decimal Total { get; set; }

    /// <summary>The sum of the entries in the store's money format.</summary>
    public string TotalText { get; set; }

    /// <summary>
    /// Who the order credits now and why, e.g. "Ann Lee 100% (the client's account owners)"; the sellers form below
    /// is empty unless the order has sellers of its own.
    /// </summary>
    public string Credited { get; set; }

    /// <summary>The sellers form, with empty rows to add sellers.</summary>
    public OrderSellersModel Sellers { get; set; } = new();

    /// <summary>Staff choices.</summary>
    public IList<SelectListItem> AvailableStaff { get; set; } = [];
}
