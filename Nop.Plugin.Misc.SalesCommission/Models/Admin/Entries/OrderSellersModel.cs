using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>
/// The sellers form of the order panel. It is posted with the host's order form, so its field names carry the
/// "Commission" prefix to stay clear of the order's own fields.
/// </summary>
public record OrderSellersModel : BaseNopModel
{
    /// <summary>The order id.</summary>
    public int CommissionOrderId { get; set; }

    /// <summary>The seller rows.</summary>
    public IList<OrderSellerModel> CommissionSellers { get; set; } = [];

    /// <summary>The rows filled in: a staff member chosen or a split entered.</summary>
    public IList<OrderSellerModel> FilledSellers() =>
        (CommissionSellers ?? []).Where(seller => seller is not null && (seller.StaffCustomerId > 0 || seller.Split != 0m)).ToList();
}
