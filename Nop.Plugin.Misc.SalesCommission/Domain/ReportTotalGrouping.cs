namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>What a <see cref="ReportTotal"/> row adds up by; the month and team reports are read from these.</summary>
public enum ReportTotalGrouping
{
    /// <summary>Each beneficiary: the commission paid to them and, for staff, their own credited sales.</summary>
    Beneficiary = 0,

    /// <summary>Each program: its entries and the credited sales it paid direct commission on.</summary>
    Program = 1,

    /// <summary>Each client: the entries of their orders and those orders' credited sales.</summary>
    Client = 2,

    /// <summary>Each product: the orders' commission and credited sales spread over their lines by share of the subtotal.</summary>
    Product = 3
}
