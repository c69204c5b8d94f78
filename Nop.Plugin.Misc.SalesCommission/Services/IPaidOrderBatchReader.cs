namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads a run's paid orders in batches, so that memory stays flat however many orders the run covers.</summary>
public interface IPaidOrderBatchReader
{
    /// <summary>Counts the paid orders of a range (deleted ones included: their credits still count).</summary>
    /// <param name="range">The range.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the count.</returns>
    Task<int> CountAsync(PaidOrderRange range);

    /// <summary>The paid orders of a range, batch after batch, by paid date then id.</summary>
    /// <param name="range">The range.</param>
    /// <param name="batchSize">The most orders in a batch.</param>
    /// <returns>The batches.</returns>
    IAsyncEnumerable<PaidOrderBatch> ReadAsync(PaidOrderRange range, int batchSize);
}
