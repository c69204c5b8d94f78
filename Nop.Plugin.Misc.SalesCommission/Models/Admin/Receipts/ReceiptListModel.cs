using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;

/// <summary>A page of receipts.</summary>
public record ReceiptListModel : BasePagedListModel<ReceiptModel>;
