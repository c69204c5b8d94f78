namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>What a receipt-drafting job drafted.</summary>
/// <param name="Receipts">Receipts drafted.</param>
/// <param name="Total">Their total.</param>
public sealed record ReceiptDraftJobResult(int Receipts, decimal Total);
