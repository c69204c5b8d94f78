using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Targets;

/// <summary>The targets list (no filters: a store has few targets per period).</summary>
public record TargetSearchModel : BaseSearchModel
{
}
