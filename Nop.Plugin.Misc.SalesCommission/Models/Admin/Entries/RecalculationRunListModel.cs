using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>A page of recalculation runs.</summary>
public record RecalculationRunListModel : BasePagedListModel<RecalculationRunModel>;
