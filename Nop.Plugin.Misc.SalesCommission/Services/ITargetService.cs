using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Sales targets of staff members and client groups, and their attainment (rules §7)
/// </summary>
public interface ITargetService
{
    /// <summary>
    /// Gets a page of targets, newest period first
    /// </summary>
    /// <returns>A task that represents the asynchronous operation; its result is the page</returns>
    Task<IPagedList<CommissionTarget>> SearchTargetsAsync(int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>
    /// Gets a target
    /// </summary>
    /// <returns>A task that represents the asynchronous operation; its result is the target or null</returns>
    Task<CommissionTarget> GetTargetByIdAsync(int targetId);

    /// <summary>
    /// Inserts a target
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task InsertTargetAsync(CommissionTarget target);

    /// <summary>
    /// Updates a target
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task UpdateTargetAsync(CommissionTarget target);

    /// <summary>
    /// Deletes a target (entries are never affected: targets only measure)
    /// </summary>
    /// <returns>A task that represents the asynchronous operation</returns>
    Task DeleteTargetAsync(CommissionTarget target);

    /// <summary>
    /// Gets how far a target is attained: the credited net sales of its staff member, or of all its group's staff
    /// (a team quota), for orders paid in its period
    /// </summary>
    /// <returns>A task that represents the asynchronous operation; its result is the attainment</returns>
    Task<TargetAttainment> GetAttainmentAsync(CommissionTarget target);

    /// <summary>
    /// Gets the attainment of every target covering a moment that a staff member counts towards: their own
    /// targets and those of the client groups they are assigned to
    /// </summary>
    /// <returns>A task that represents the asynchronous operation; its result is the attainments, oldest first</returns>
    Task<IList<TargetAttainment>> GetActiveAttainmentsAsync(int staffCustomerId, DateTime nowUtc);
}
