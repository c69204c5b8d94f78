using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Stores sales targets and measures them against the credited sales written when orders are paid
/// </summary>
public class TargetService : ITargetService
{
    #region Fields

    private readonly ICreditedSaleService _creditedSaleService;
    private readonly IRepository<ClientGroupAssignment> _groupAssignmentRepository;
    private readonly IRepository<CommissionTarget> _targetRepository;

    #endregion

    #region Ctor

    /// <summary>
    /// Creates the service
    /// </summary>
    public TargetService(ICreditedSaleService creditedSaleService,
        IRepository<ClientGroupAssignment> groupAssignmentRepository,
        IRepository<CommissionTarget> targetRepository)
    {
        _creditedSaleService = creditedSaleService;
        _groupAssignmentRepository = groupAssignmentRepository;
        _targetRepository = targetRepository;
    }

    #endregion

    #region Utilities

    /// <summary>
    /// Gets the engine's view of a stored target
    /// </summary>
    private static SalesTarget ToSalesTarget(CommissionTarget target)
    {
        var start = DateOnly.FromDateTime(target.StartDateUtc);
        var window = target.Period;
        return target.CustomerRoleId is { } groupId && target.StaffCustomerId is null
            ? SalesTarget.ForGroup(EngineId.Of(target.Id), EngineId.Of(groupId), window, start, target.Amount)
            : SalesTarget.ForStaff(EngineId.Of(target.Id), EngineId.Of(target.StaffCustomerId), window, start, target.Amount);
    }

    /// <summary>
    /// Gets the staff whose credited sales count towards a target
    /// </summary>
    /// <returns>A task that represents the asynchronous operation; its result is the staff members' customer ids</returns>
    private async Task<IReadOnlyCollection<int>> GetCountedStaffAsync(CommissionTarget target)
    {
        if (target.StaffCustomerId is { } staffCustomerId)
            return [staffCustomerId];

        return await _groupAssignmentRepository.Table
            .Where(assignment => assignment.CustomerRoleId == target.CustomerRoleId)
            .Select(assignment => assignment.StaffCustomerId)
            .Distinct()
            .ToListAsync();
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public Task<IPagedList<CommissionTarget>> SearchTargetsAsync(int pageIndex = 0, int pageSize = int.MaxValue)
    {
        return _targetRepository.Table
            .OrderByDescending(target => target.StartDateUtc).ThenBy(target => target.Id)
            .ToPagedListAsync(pageIndex, pageSize);
    }

    /// <inheritdoc />
    public Task<CommissionTarget> GetTargetByIdAsync(int targetId)
    {
        return _targetRepository.GetByIdAsync(targetId);
    }

    /// <inheritdoc />
    public Task InsertTargetAsync(CommissionTarget target)
    {
        return _targetRepository.InsertAsync(target);
    }

    /// <inheritdoc />
    public Task UpdateTargetAsync(CommissionTarget target)
    {
        return _targetRepository.UpdateAsync(target);
    }

    /// <inheritdoc />
    public Task DeleteTargetAsync(CommissionTarget target)
    {
        return _targetRepository.DeleteAsync(target);
    }

    /// <inheritdoc />
    public async Task<TargetAttainment> GetAttainmentAsync(CommissionTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);

        var salesTarget = ToSalesTarget(target);
        var credited = await _creditedSaleService.GetCreditedNetSalesAsync(await GetCountedStaffAsync(target),
            salesTarget.StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            salesTarget.EndDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));

        return new TargetAttainment(salesTarget, credited);
    }

    /// <inheritdoc />
    public async Task<IList<TargetAttainment>> GetActiveAttainmentsAsync(int staffCustomerId, DateTime nowUtc)
    {
        var groupIds = await _groupAssignmentRepository.Table
            .Where(assignment => assignment.StaffCustomerId == staffCustomerId)
            .Select(assignment => assignment.CustomerRoleId)
            .Distinct()
            .ToListAsync();
        var targets = await _targetRepository.Table
            .Where(target => target.StaffCustomerId == staffCustomerId
                || (target.CustomerRoleId.HasValue && groupIds.Contains(target.CustomerRoleId.Value)))
            .Where(target => target.StartDateUtc <= nowUtc && target.Amount > 0m && target.PeriodId != (int)LadderWindow.PerOrder)
            .OrderBy(target => target.StartDateUtc).ThenBy(target => target.Id)
            .ToListAsync();

        var attainments = new List<TargetAttainment>();
        foreach (var target in targets.Where(target => ToSalesTarget(target).Covers(nowUtc)))
            attainments.Add(await GetAttainmentAsync(target));

        return attainments;
    }

    #endregion
}
