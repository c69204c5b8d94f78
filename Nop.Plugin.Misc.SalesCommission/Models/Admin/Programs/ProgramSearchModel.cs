using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Web.Framework.Models;
using Nop.Web.Framework.Mvc.ModelBinding;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;

/// <summary>The programs page's filters.</summary>
public record ProgramSearchModel : BaseSearchModel
{
    /// <summary>Part of the name.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Search.Name")]
    public string SearchName { get; set; }

    /// <summary>The program type (Engine ProgramType); 0 for all.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Search.ProgramType")]
    public int SearchProgramTypeId { get; set; }

    /// <summary>0 for all, 1 for active, 2 for inactive programs.</summary>
    [NopResourceDisplayName("Plugins.Misc.SalesCommission.Programs.Search.Active")]
    public int SearchActiveId { get; set; }

    /// <summary>Type choices.</summary>
    public IList<SelectListItem> AvailableProgramTypes { get; set; } = [];

    /// <summary>Active choices.</summary>
    public IList<SelectListItem> AvailableActiveOptions { get; set; } = [];
}
