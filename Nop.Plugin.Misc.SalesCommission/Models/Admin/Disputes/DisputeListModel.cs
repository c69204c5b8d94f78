using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Disputes;

/// <summary>A page of disputes.</summary>
public record DisputeListModel : BasePagedListModel<DisputeRowModel>;
