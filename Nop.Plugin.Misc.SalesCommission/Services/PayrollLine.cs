namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>One paid receipt as a payroll import reads it.</summary>
/// <param name="Beneficiary">Whom it paid (name).</param>
/// <param name="Email">Their customer e-mail (a partner's linked customer), or empty.</param>
/// <param name="ReceiptNumber">The receipt's number.</param>
/// <param name="Period">The month of its cut-off (UTC), yyyy-MM.</param>
/// <param name="Amount">The amount paid.</param>
/// <param name="Currency">The store's primary currency code: order amounts and entries are in it.</param>
/// <param name="PaidOnUtc">When it was paid.</param>
/// <param name="PaymentReference">The payment's reference, or empty.</param>
public sealed record PayrollLine(string Beneficiary, string Email, string ReceiptNumber, string Period, decimal Amount, string Currency,
    DateTime PaidOnUtc, string PaymentReference);
