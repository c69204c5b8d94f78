using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>Paging of the recalculation runs list.</summary>
public record RecalculationRunSearchModel : BaseSearchModel;
