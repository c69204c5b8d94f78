using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;

/// <summary>One line of a commission report.</summary>
public record ReportRowModel : BaseNopModel
{
    /// <summary>What the line is about: a rep, team, program, client, product or month.</summary>
    public string Name { get; set; }

    /// <summary>The sum of its entries.</summary>
    public decimal Commission { get; set; }

    /// <summary>The credited sales behind it.</summary>
    public decimal Sales { get; set; }

    /// <summary>How many entries it adds up.</summary>
    public int Entries { get; set; }
}
