namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>One line of a commission report.</summary>
/// <param name="Key">What the line is about: a beneficiary, manager, program, client or product id, or a month as yyyyMM.</param>
/// <param name="BeneficiaryTypeId">For a line by beneficiary: staff or partner; otherwise 0.</param>
/// <param name="Commission">The sum of every entry (direct, override, clawback, reversal, adjustment).</param>
/// <param name="Sales">The credited sales behind it: the bases of the direct entries (for products, the lines' net sales).</param>
/// <param name="Entries">How many entries it adds up.</param>
public sealed record ReportRow(int Key, int BeneficiaryTypeId, decimal Commission, decimal Sales, int Entries);
