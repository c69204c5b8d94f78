using Nop.Plugin.Misc.SalesCommission.Engine;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// A report's sums before they become lines, unrounded: the commission and entries of each line, and the credited sales
/// and how many credited sale rows they add up. Sums of parts of a range (read from the totals or from the ledger)
/// are added or taken away here, and rounded once, when the lines are made.
/// </summary>
public sealed class ReportSums
{
    private readonly Dictionary<(int Key, int Type), (decimal Commission, int Entries)> _commission = [];
    private readonly Dictionary<(int Key, int Type), (decimal Sales, int Rows)> _sales = [];

    /// <summary>Adds commission to a line.</summary>
    /// <param name="key">The line.</param>
    /// <param name="type">The beneficiary type of a line by beneficiary, otherwise 0.</param>
    /// <param name="commission">The commission.</param>
    /// <param name="entries">How many entries it adds up.</param>
    public void AddCommission(int key, int type, decimal commission, int entries)
    {
        var sum = _commission.GetValueOrDefault((key, type));
        _commission[(key, type)] = (sum.Commission + commission, sum.Entries + entries);
    }

    /// <summary>Adds credited sales to a line.</summary>
    /// <param name="key">The line.</param>
    /// <param name="type">The beneficiary type of a line by beneficiary, otherwise 0.</param>
    /// <param name="sales">The credited sales.</param>
    /// <param name="rows">How many credited sale rows they add up.</param>
    public void AddSales(int key, int type, decimal sales, int rows)
    {
        var sum = _sales.GetValueOrDefault((key, type));
        _sales[(key, type)] = (sum.Sales + sales, sum.Rows + rows);
    }

    /// <summary>Adds (sign 1) or takes away (sign -1) other sums.</summary>
    /// <param name="other">The other sums.</param>
    /// <param name="sign">1 to add, -1 to take away.</param>
    public void Add(ReportSums other, int sign)
    {
        ArgumentNullException.ThrowIfNull(other);

        foreach (var ((key, type), (commission, entries)) in other._commission)
            AddCommission(key, type, sign * commission, sign * entries);
        foreach (var ((key, type), (sales, rows)) in other._sales)
            AddSales(key, type, sign * sales, sign * rows);
    }

    /// <summary>
    /// The lines: each line with entries, its credited sales beside it; a line with sales and no entries still shows; a
    /// line of a kind that is never credited sales (a partner) keeps none
    /// </summary>
    /// <param name="roundCommission">True when the commission is a spread share to be rounded (products).</param>
    /// <param name="credited">Whether lines of a beneficiary type are ever credited sales.</param>
    public IList<ReportRow> ToRows(bool roundCommission, Func<int, bool> credited)
    {
        ArgumentNullException.ThrowIfNull(credited);

        var sales = _sales.Where(sum => sum.Value.Rows > 0).ToDictionary(sum => sum.Key, sum => Money.Round(sum.Value.Sales));
        var rows = _commission
            .Where(sum => sum.Value.Entries > 0)
            .Select(sum => new ReportRow(sum.Key.Key, sum.Key.Type,
                roundCommission ? Money.Round(sum.Value.Commission) : sum.Value.Commission,
                sales.TryGetValue(sum.Key, out var sale) ? sale : credited(sum.Key.Type) ? 0m : null,
                sum.Value.Entries))
            .ToList();
        var shown = rows.Select(row => (row.Key, row.BeneficiaryTypeId)).ToHashSet();
        rows.AddRange(sales.Where(sale => !shown.Contains(sale.Key))
            .Select(sale => new ReportRow(sale.Key.Key, sale.Key.Type, 0m, sale.Value, 0)));

        return rows;
    }
}
