using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Disputes;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Disputes: a staff member questions an entry or reports a missing order; the office answers, resolves or refuses.</summary>
public interface IDisputeService
{
    /// <summary>Opens a dispute about one of the staff member's entries; refused when the entry is not theirs.</summary>
    /// <param name="staffCustomerId">The staff member.</param>
    /// <param name="entryId">The entry.</param>
    /// <param name="comment">What they ask.</param>
    Task<(CommissionDispute Dispute, DisputeRefusal? Refusal)> OpenAboutEntryAsync(int staffCustomerId, int entryId, string comment);

    /// <summary>Opens a dispute reporting an order missing from the staff member's ledger.</summary>
    /// <param name="staffCustomerId">The staff member.</param>
    /// <param name="orderId">The order (it exists).</param>
    /// <param name="comment">What they report.</param>
    Task<CommissionDispute> OpenAboutMissingOrderAsync(int staffCustomerId, int orderId, string comment);

    /// <summary>Finds an order by the number a rep typed (its custom number or its id), or null.</summary>
    Task<int?> FindOrderIdAsync(string orderNumber);

    /// <summary>A dispute, or null.</summary>
    Task<CommissionDispute> GetDisputeAsync(int disputeId);

    /// <summary>A dispute's thread, oldest first.</summary>
    Task<IList<DisputeMessage>> GetMessagesAsync(int disputeId);

    /// <summary>Disputes, newest first.</summary>
    /// <param name="status">Only this status, or null.</param>
    /// <param name="staffCustomerId">Only this staff member's, or null.</param>
    /// <param name="pageIndex">The page, from 0.</param>
    /// <param name="pageSize">The page size.</param>
    Task<IPagedList<CommissionDispute>> SearchDisputesAsync(DisputeStatus? status = null, int? staffCustomerId = null,
        int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>How many disputes are open.</summary>
    Task<int> CountOpenAsync();

    /// <summary>Adds a message to an open dispute's thread.</summary>
    /// <param name="dispute">The dispute.</param>
    /// <param name="authorCustomerId">Who writes.</param>
    /// <param name="text">The message.</param>
    Task<DisputeRefusal?> ReplyAsync(CommissionDispute dispute, int authorCustomerId, string text);

    /// <summary>Resolves an open dispute by an adjustment entry carrying its reference, in one transaction.</summary>
    /// <param name="dispute">The dispute.</param>
    /// <param name="officeCustomerId">Who resolves it.</param>
    /// <param name="amount">The adjustment (negative takes commission back).</param>
    /// <param name="note">What the office says; it is the adjustment's explanation and the thread's last message.</param>
    /// <param name="programId">For a missing order: the program the adjustment belongs to; ignored for an entry.</param>
    Task<DisputeRefusal?> ResolveAsync(CommissionDispute dispute, int officeCustomerId, decimal amount, string note, int? programId);

    /// <summary>Refuses an open dispute with a reason (the thread's last message).</summary>
    Task<DisputeRefusal?> RefuseAsync(CommissionDispute dispute, int officeCustomerId, string reason);
}
