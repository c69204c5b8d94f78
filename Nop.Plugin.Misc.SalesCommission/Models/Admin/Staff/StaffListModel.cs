using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Staff;

/// <summary>A page of staff members.</summary>
public record StaffListModel : BasePagedListModel<StaffModel>
{
}
