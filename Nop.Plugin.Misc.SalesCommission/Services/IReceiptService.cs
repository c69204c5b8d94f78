using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Payout statements (rules §6): drafts receipts from pending entries and takes them through approval, payment or
/// void as the engine's receipt policy allows.
/// </summary>
public interface IReceiptService
{
    /// <summary>
    /// Drafts receipts of the pending entries of orders paid up to the cut-off, one per beneficiary; a beneficiary
    /// whose entries sum to less than 0 gets none (they carry over).
    /// </summary>
    /// <param name="cutoffUtc">The cut-off (UTC, inclusive), compared with each entry's order paid date.</param>
    /// <param name="beneficiaryType">Only this kind of beneficiary; null for both.</param>
    /// <param name="beneficiaryId">Only this beneficiary; null for all.</param>
    /// <param name="progress">Where progress is reported (beneficiaries done); null when nobody watches. Each receipt is
    /// stored whole in its own transaction, so a stop leaves whole receipts and nothing of the next.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the receipts drafted.</returns>
    Task<IList<CommissionReceipt>> CreateDraftsAsync(DateTime cutoffUtc, BeneficiaryType? beneficiaryType = null, int? beneficiaryId = null,
        IJobProgress progress = null);

    /// <summary>Approves a draft receipt; its entries can no longer change.</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the decision (a refusal says why).</returns>
    Task<ReceiptDecision> ApproveAsync(int receiptId);

    /// <summary>Pays an approved receipt.</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <param name="paidOnUtc">When it was paid (UTC).</param>
    /// <param name="method">How it was paid.</param>
    /// <param name="reference">The payment's reference.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the decision (a refusal says why).</returns>
    Task<ReceiptDecision> PayAsync(int receiptId, DateTime paidOnUtc, string method, string reference);

    /// <summary>Voids a draft or approved receipt; its entries return to pending, its lines are kept for the record.</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the decision (a refusal says why).</returns>
    Task<ReceiptDecision> VoidAsync(int receiptId);

    /// <summary>Gets a receipt.</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the receipt, or null.</returns>
    Task<CommissionReceipt> GetReceiptByIdAsync(int receiptId);

    /// <summary>Searches receipts, newest first.</summary>
    /// <param name="status">Only receipts in this status; null for all.</param>
    /// <param name="beneficiaryType">Only this kind of beneficiary; null for both.</param>
    /// <param name="beneficiaryId">Only this beneficiary; null for all.</param>
    /// <param name="createdFromUtc">Drafted on or after (UTC); null for no limit.</param>
    /// <param name="createdToUtc">Drafted on or before (UTC); null for no limit.</param>
    /// <param name="pageIndex">Page index.</param>
    /// <param name="pageSize">Page size.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the page of receipts.</returns>
    Task<IPagedList<CommissionReceipt>> SearchReceiptsAsync(ReceiptStatus? status = null, BeneficiaryType? beneficiaryType = null,
        int? beneficiaryId = null, DateTime? createdFromUtc = null, DateTime? createdToUtc = null,
        int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>Gets the lines of a receipt (kept after a void).</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the lines.</returns>
    Task<IList<ReceiptLine>> GetReceiptLinesAsync(int receiptId);

    /// <summary>Gets the entries a receipt gathered.</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the entries.</returns>
    Task<IList<CommissionEntry>> GetReceiptEntriesAsync(int receiptId);

    /// <summary>Tells whether receipts were drafted with this cut-off.</summary>
    /// <param name="cutoffUtc">The cut-off (UTC).</param>
    /// <returns>A task that represents the asynchronous operation. The task result is true when there are some.</returns>
    Task<bool> HasReceiptsForCutoffAsync(DateTime cutoffUtc);
}
