using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Staff;

/// <summary>The staff list and the hierarchy tree.</summary>
public record StaffSearchModel : BaseSearchModel
{
    /// <summary>The hierarchy's top: staff members without a manager, each with everyone below them.</summary>
    public IList<StaffTreeNodeModel> Hierarchy { get; set; } = [];
}
