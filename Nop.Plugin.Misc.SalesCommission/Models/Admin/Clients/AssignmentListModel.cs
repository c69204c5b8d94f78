using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Clients;

/// <summary>A page of clients and client groups with their staff.</summary>
public record AssignmentListModel : BasePagedListModel<AssignmentRowModel>
{
}
