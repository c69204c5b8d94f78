using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>A page of ledger entries.</summary>
public record EntryListModel : BasePagedListModel<EntryModel>;
