using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>A page of programs.</summary>
public record ProgramListModel : BasePagedListModel<ProgramRowModel>;
