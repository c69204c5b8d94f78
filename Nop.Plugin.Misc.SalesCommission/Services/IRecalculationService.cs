using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Recalculation (rules §5): recomputes what paid orders should earn under today's programs and, where it differs
/// from the ledger, replaces pending entries and posts adjustments for entries in approved or paid receipts.
/// Orders are taken either by paid date or as a list of ids; each run is recorded.
/// </summary>
public interface IRecalculationService
{
    /// <summary>Shows what a recalculation would change, writing nothing but the record of the run.</summary>
    /// <param name="fromUtc">Orders paid on or after (UTC); null for no limit. Ignored when order ids are given.</param>
    /// <param name="toUtc">Orders paid before (UTC, exclusive); null for no limit. Ignored when order ids are given.</param>
    /// <param name="orderIds">The orders to recalculate; null to take them by paid date.</param>
    /// <param name="creditAgain">True to credit the orders with today's assignments instead of the crediting stored when they were paid.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the differences, order by order in paid order.</returns>
    Task<IReadOnlyList<RecalculationDifference>> PreviewAsync(DateTime? fromUtc, DateTime? toUtc, IReadOnlyCollection<int> orderIds = null,
        bool creditAgain = false);

    /// <summary>Recalculates and writes the changes, one transaction per batch of orders (per order for chosen orders).</summary>
    /// <param name="fromUtc">Orders paid on or after (UTC); null for no limit. Ignored when order ids are given.</param>
    /// <param name="toUtc">Orders paid before (UTC, exclusive); null for no limit. Ignored when order ids are given.</param>
    /// <param name="orderIds">The orders to recalculate; null to take them by paid date.</param>
    /// <param name="creditAgain">
    /// True to credit the orders with today's assignments instead of the crediting stored when they were paid (and store it).
    /// </param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the differences written, order by order in paid order.</returns>
    Task<IReadOnlyList<RecalculationDifference>> ApplyAsync(DateTime? fromUtc, DateTime? toUtc, IReadOnlyCollection<int> orderIds = null,
        bool creditAgain = false);

    /// <summary>
    /// Recalculates a range of paid orders batch by batch, reporting progress between batches and stopping when asked.
    /// An apply writes each batch in one transaction, so a stop leaves whole batches written and nothing of the next.
    /// </summary>
    /// <param name="range">The orders.</param>
    /// <param name="dryRun">True to write nothing but the record of the run.</param>
    /// <param name="customerId">Who asked for it.</param>
    /// <param name="onDifference">Called with each difference found (written, for an apply), in paid order.</param>
    /// <param name="progress">Where progress is reported.</param>
    /// <param name="creditAgain">True to credit the orders again with today's assignments instead of their stored crediting.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the record of the run.</returns>
    Task<RecalculationRun> RecalculateAsync(PaidOrderRange range, bool dryRun, int customerId,
        Action<RecalculationDifference> onDifference, IJobProgress progress, bool creditAgain = false);

    /// <summary>Gets the recorded runs, newest first.</summary>
    /// <param name="pageIndex">Page index.</param>
    /// <param name="pageSize">Page size.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the page of runs.</returns>
    Task<IPagedList<RecalculationRun>> GetRunsAsync(int pageIndex = 0, int pageSize = int.MaxValue);
}
