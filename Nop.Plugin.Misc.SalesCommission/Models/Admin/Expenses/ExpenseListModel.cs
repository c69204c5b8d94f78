using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Expenses;

/// <summary>A page of the expense journal.</summary>
public record ExpenseListModel : BasePagedListModel<ExpenseModel>;
