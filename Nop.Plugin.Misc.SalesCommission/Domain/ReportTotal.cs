using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// The ledger added up for reports: one UTC day of one store, by one grouping (a beneficiary, a program, a client or a
/// product). Kept by the ledger in the transaction that writes the entries and credited sales it adds up, so a report
/// over whole days reads these rows instead of every entry.
/// </summary>
public class ReportTotal : BaseEntity
{
    /// <summary>The day (UTC midnight) of the entries' paid date and the credited sales' paid date.</summary>
    public DateTime DayUtc { get; set; }

    /// <summary>The store of the entries and of the credited sales' orders.</summary>
    public int StoreId { get; set; }

    /// <summary>What the row adds up by (<see cref="ReportTotalGrouping"/>).</summary>
    public int GroupingId { get; set; }

    /// <summary>For a row by beneficiary: staff or partner; otherwise 0.</summary>
    public int BeneficiaryTypeId { get; set; }

    /// <summary>The beneficiary, program, client or product id.</summary>
    public int ItemId { get; set; }

    /// <summary>The sum of the entries' amounts (for a product, each order's commission spread over its lines), unrounded.</summary>
    public decimal Commission { get; set; }

    /// <summary>How many entries the commission adds up (for a product, each order's entries once per line of the product).</summary>
    public int Entries { get; set; }

    /// <summary>The credited net sales behind the row, of every order (reversed orders are left out when a report reads it), unrounded.</summary>
    public decimal Sales { get; set; }

    /// <summary>How many credited sale rows the sales add up (0 when there are none).</summary>
    public int SaleRows { get; set; }
}
