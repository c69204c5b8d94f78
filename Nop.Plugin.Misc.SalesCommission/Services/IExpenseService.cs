using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// The commission expense journal (rules §6): a paid receipt is booked once, and the journal can be exported.
/// </summary>
public interface IExpenseService
{
    /// <summary>Books a paid receipt as an expense, once.</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <param name="note">A note for the journal.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the decision (a refusal says why).</returns>
    Task<ReceiptDecision> BookReceiptAsync(int receiptId, string note);

    /// <summary>Gets the expense a receipt was booked as.</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the expense, or null.</returns>
    Task<CommissionExpense> GetExpenseByReceiptIdAsync(int receiptId);

    /// <summary>Searches the journal, oldest first.</summary>
    /// <param name="fromUtc">Expense date on or after (UTC); null for no limit.</param>
    /// <param name="toUtc">Expense date on or before (UTC); null for no limit.</param>
    /// <param name="beneficiaryType">Only this kind of beneficiary; null for both.</param>
    /// <param name="beneficiaryId">Only this beneficiary; null for all.</param>
    /// <param name="pageIndex">Page index.</param>
    /// <param name="pageSize">Page size.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the page of expenses.</returns>
    Task<IPagedList<CommissionExpense>> SearchExpensesAsync(DateTime? fromUtc = null, DateTime? toUtc = null,
        BeneficiaryType? beneficiaryType = null, int? beneficiaryId = null, int pageIndex = 0, int pageSize = int.MaxValue);
}
