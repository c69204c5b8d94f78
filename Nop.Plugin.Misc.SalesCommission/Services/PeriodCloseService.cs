using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Disputes;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Stores the closed months; the engine decides whether a month may be closed.</summary>
public class PeriodCloseService : IPeriodCloseService
{
    #region Fields

    private readonly IRepository<ClosedPeriod> _closedPeriodRepository;
    private readonly IRepository<CommissionDispute> _disputeRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public PeriodCloseService(IRepository<ClosedPeriod> closedPeriodRepository,
        IRepository<CommissionDispute> disputeRepository)
    {
        _closedPeriodRepository = closedPeriodRepository;
        _disputeRepository = disputeRepository;
    }

    #endregion

    #region Utilities

    private static DateTime StartUtc(DateOnly month) => ClosedMonths.MonthOf(month).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<ClosedMonths> GetClosedMonthsAsync()
    {
        var starts = await _closedPeriodRepository.Table.Select(period => period.MonthStartUtc).ToListAsync();
        return new ClosedMonths(starts.Select(DateOnly.FromDateTime));
    }

    /// <inheritdoc />
    public virtual async Task<IList<ClosedPeriod>> GetClosedPeriodsAsync()
    {
        return await _closedPeriodRepository.Table.OrderByDescending(period => period.MonthStartUtc).ToListAsync();
    }

    /// <inheritdoc />
    public virtual async Task<PeriodCloseRefusal?> CloseAsync(DateOnly month, int customerId)
    {
        var now = DateTime.UtcNow;
        var start = StartUtc(month);
        var openDisputes = await _disputeRepository.Table
            .CountAsync(dispute => dispute.StatusId == (int)DisputeStatus.Open && dispute.MonthStartUtc == start);
        var refusal = PeriodClosePolicy.Decide(month, now, await GetClosedMonthsAsync(), openDisputes);
        if (refusal is not null)
            return refusal;

        //the month's unique index refuses a racing second close
        await _closedPeriodRepository.InsertAsync(new ClosedPeriod
        {
            MonthStartUtc = start,
            ClosedOnUtc = now,
            ClosedByCustomerId = customerId
        }, false);

        return null;
    }

    #endregion
}
