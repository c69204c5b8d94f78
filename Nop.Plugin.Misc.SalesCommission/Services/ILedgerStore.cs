using Nop.Core.Domain.Orders;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The ledger's rows: entries, period credits and credited sales, as the engine's records and back.</summary>
public interface ILedgerStore
{
    /// <summary>An order's entries, in the order written.</summary>
    /// <param name="orderId">The order.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the entries.</returns>
    Task<IList<CommissionEntry>> GetOrderEntriesAsync(int orderId);

    /// <summary>A stored entry as the engine reads it.</summary>
    /// <param name="entry">The row.</param>
    LedgerEntry ToLedgerEntry(CommissionEntry entry);

    /// <summary>Writes what an order event decided, in one transaction; nothing when there is nothing to write.</summary>
    /// <param name="order">The order.</param>
    /// <param name="existing">The order's entries already stored.</param>
    /// <param name="outcome">What the engine decided.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task WriteAsync(Order order, IList<CommissionEntry> existing, OrderEventOutcome outcome);

    /// <summary>Inserts entries, numbered after the order's entries already stored (inside the caller's transaction).</summary>
    /// <param name="order">The order.</param>
    /// <param name="existing">The order's entries that stay.</param>
    /// <param name="entries">The new entries.</param>
    /// <param name="posting">Where they are dated (rules §6), or null: by their order.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task InsertEntriesAsync(Order order, IList<CommissionEntry> existing, IReadOnlyList<LedgerEntry> entries,
        CorrectionPosting posting = null);

    /// <summary>Inserts an order's period-ladder contributions (inside the caller's transaction).</summary>
    /// <param name="order">The order.</param>
    /// <param name="contributions">The contributions.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task InsertPeriodCreditsAsync(Order order, IReadOnlyList<PeriodContribution> contributions);

    /// <summary>Inserts an order's credited sales, each staff member once (inside the caller's transaction).</summary>
    /// <param name="order">The order.</param>
    /// <param name="creditedSales">The credited sales.</param>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task InsertCreditedSalesAsync(Order order, IReadOnlyList<CreditedSale> creditedSales);

    /// <summary>The rows of new entries, numbered after the order's entries that stay (not yet stored).</summary>
    /// <param name="order">The order.</param>
    /// <param name="existing">The order's entries that stay.</param>
    /// <param name="entries">The new entries.</param>
    /// <param name="nowUtc">When they are written.</param>
    /// <param name="posting">Where they are dated (rules §6), or null: by their order.</param>
    IList<CommissionEntry> EntryRows(Order order, IList<CommissionEntry> existing, IReadOnlyList<LedgerEntry> entries, DateTime nowUtc,
        CorrectionPosting posting = null);

    /// <summary>The rows of an order's period-ladder contributions (not yet stored).</summary>
    /// <param name="order">The order.</param>
    /// <param name="contributions">The contributions.</param>
    IList<PeriodCredit> PeriodCreditRows(Order order, IReadOnlyList<PeriodContribution> contributions);

    /// <summary>The rows of an order's credited sales, each staff member once (not yet stored).</summary>
    /// <param name="order">The order.</param>
    /// <param name="creditedSales">The credited sales.</param>
    IList<StaffCreditedSale> CreditedSaleRows(Order order, IReadOnlyList<CreditedSale> creditedSales);
}
