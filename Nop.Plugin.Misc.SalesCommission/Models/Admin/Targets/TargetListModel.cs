using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Targets;

/// <summary>A page of targets with their attainment.</summary>
public record TargetListModel : BasePagedListModel<TargetModel>
{
}
