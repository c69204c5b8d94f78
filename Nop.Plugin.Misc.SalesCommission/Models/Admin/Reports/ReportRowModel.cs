using Nop.Web.Framework.Models;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Reports;

/// <summary>One line of a commission report.</summary>
public record ReportRowModel : BaseNopModel
{
    /// <summary>What the line is about: a rep, team, program, client, product or month.</summary>
    public string Name { get; set; }

    /// <summary>The sum of its entries.</summary>
    public decimal Commission { get; set; }

    /// <summary>The sum of its entries in the store's money format.</summary>
    public string CommissionText { get; set; }

    /// <summary>The staff members' credited sales behind it; null where there are none to show (a partner).</summary>
    public decimal? Sales { get; set; }

    /// <summary>The credited sales in the store's money format; empty where there are none to show.</summary>
    public string SalesText { get; set; }

    /// <summary>How many entries it adds up.</summary>
    public int Entries { get; set; }
}
