namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>One line of a commission report.</summary>
/// <param name="Key">What the line is about: a beneficiary, manager, program, client or product id, or a month as yyyyMM.</param>
/// <param name="BeneficiaryTypeId">For a line by beneficiary: staff or partner; otherwise 0.</param>
/// <param name="Commission">The sum of every entry (direct, override, clawback, reversal, adjustment).</param>
/// <param name="Sales">
/// The staff members' credited net sales behind it, each order once, reversed orders left out (for products, the
/// orders' credited sales spread over their lines; for programs, the credited sales the program paid on); null for a
/// partner, who is never credited sales.
/// </param>
/// <param name="Entries">How many entries it adds up.</param>
public sealed record ReportRow(int Key, int BeneficiaryTypeId, decimal Commission, decimal? Sales, int Entries);
