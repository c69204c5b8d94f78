using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Engine.Targets;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads a staff member's own commission for the storefront pages and widget.
/// </summary>
public class RepStatementService : IRepStatementService
{
    private static readonly int[] StatementStatuses = [(int)ReceiptStatus.Approved, (int)ReceiptStatus.Paid];

    private readonly ICreditedSaleService _creditedSaleService;
    private readonly ICustomerService _customerService;
    private readonly IRepository<ClientGroupAssignment> _groupAssignmentRepository;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<CommissionReceipt> _receiptRepository;
    private readonly IRepository<CommissionTarget> _targetRepository;
    private readonly IRepository<StaffProfile> _staffProfileRepository;
    private readonly SalesCommissionSettings _settings;

    /// <summary>Creates the service.</summary>
    public RepStatementService(ICreditedSaleService creditedSaleService,
        ICustomerService customerService,
        IRepository<ClientGroupAssignment> groupAssignmentRepository,
        IRepository<CommissionEntry> entryRepository,
        IRepository<CommissionReceipt> receiptRepository,
        IRepository<CommissionTarget> targetRepository,
        IRepository<StaffProfile> staffProfileRepository,
        SalesCommissionSettings settings)
    {
        _creditedSaleService = creditedSaleService;
        _customerService = customerService;
        _groupAssignmentRepository = groupAssignmentRepository;
        _entryRepository = entryRepository;
        _receiptRepository = receiptRepository;
        _targetRepository = targetRepository;
        _staffProfileRepository = staffProfileRepository;
        _settings = settings;
    }

    /// <inheritdoc />
    public async Task<TeamVisibility> GetTeamVisibilityAsync()
    {
        var profiles = await _staffProfileRepository.Table.ToListAsync();
        var role = await _customerService.GetCustomerRoleBySystemNameAsync(_settings.SalesRepRoleSystemName);
        var roleMemberIds = role is null
            ? new HashSet<int>()
            : (await _customerService.GetAllCustomersAsync(customerRoleIds: [role.Id])).Select(customer => customer.Id).ToHashSet();

        return new TeamVisibility(
            profiles.Select(profile => new StaffMember(EngineId.Of(profile.CustomerId), EngineId.Of(profile.ManagerCustomerId))),
            profiles.Where(profile => profile.Active && roleMemberIds.Contains(profile.CustomerId)).Select(profile => EngineId.Of(profile.CustomerId)));
    }

    /// <inheritdoc />
    public async Task<CommissionStatusTotals> GetStatusTotalsAsync(int staffCustomerId, DateTime fromUtc, DateTime toUtc)
    {
        var sums = await StaffEntries(staffCustomerId)
            .Where(entry => entry.CreatedOnUtc >= fromUtc && entry.CreatedOnUtc < toUtc)
            .GroupBy(entry => entry.StatusId)
            .Select(group => new { StatusId = group.Key, Amount = group.Sum(entry => entry.Amount) })
            .ToListAsync();

        decimal SumOf(params EntryStatus[] statuses) =>
            sums.Where(sum => statuses.Contains((EntryStatus)sum.StatusId)).Sum(sum => sum.Amount);

        return new CommissionStatusTotals(
            SumOf(EntryStatus.Pending, EntryStatus.Drafted), SumOf(EntryStatus.Approved), SumOf(EntryStatus.Paid));
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
        foreach (var target in targets)
        {
            var salesTarget = ToSalesTarget(target);
            if (!salesTarget.Covers(nowUtc))
                continue;

            var staffIds = salesTarget.GroupId is not null
                ? await _groupAssignmentRepository.Table
                    .Where(assignment => assignment.CustomerRoleId == target.CustomerRoleId)
                    .Select(assignment => assignment.StaffCustomerId)
                    .Distinct()
                    .ToListAsync()
                : [staffCustomerId];
            var credited = await _creditedSaleService.GetCreditedNetSalesAsync(staffIds,
                salesTarget.StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
                salesTarget.EndDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
            attainments.Add(new TargetAttainment(salesTarget, credited));
        }

        return attainments;
    }

    /// <inheritdoc />
    public Task<IPagedList<CommissionEntry>> GetEntriesAsync(int staffCustomerId, int pageIndex, int pageSize)
    {
        return StaffEntries(staffCustomerId)
            .OrderByDescending(entry => entry.CreatedOnUtc).ThenByDescending(entry => entry.Id)
            .ToPagedListAsync(pageIndex, pageSize);
    }

    /// <inheritdoc />
    public async Task<IList<CommissionReceipt>> GetStatementReceiptsAsync(int staffCustomerId)
    {
        return await _receiptRepository.Table
            .Where(receipt => receipt.BeneficiaryTypeId == (int)BeneficiaryType.Staff && receipt.BeneficiaryId == staffCustomerId
                && StatementStatuses.Contains(receipt.StatusId))
            .OrderByDescending(receipt => receipt.CreatedOnUtc).ThenByDescending(receipt => receipt.Id)
            .ToListAsync();
    }

    /// <inheritdoc />
    public async Task<CommissionReceipt> GetStatementReceiptAsync(int receiptId)
    {
        var receipt = await _receiptRepository.GetByIdAsync(receiptId);
        return receipt is not null && receipt.BeneficiaryTypeId == (int)BeneficiaryType.Staff && StatementStatuses.Contains(receipt.StatusId)
            ? receipt
            : null;
    }

    private IQueryable<CommissionEntry> StaffEntries(int staffCustomerId) =>
        _entryRepository.Table.Where(entry =>
            entry.BeneficiaryTypeId == (int)BeneficiaryType.Staff && entry.BeneficiaryId == staffCustomerId);

    private static SalesTarget ToSalesTarget(CommissionTarget target)
    {
        var start = DateOnly.FromDateTime(target.StartDateUtc);
        var window = (LadderWindow)target.PeriodId;
        return target.CustomerRoleId is { } groupId && target.StaffCustomerId is null
            ? SalesTarget.ForGroup(EngineId.Of(target.Id), EngineId.Of(groupId), window, start, target.Amount)
            : SalesTarget.ForStaff(EngineId.Of(target.Id), EngineId.Of(target.StaffCustomerId), window, start, target.Amount);
    }
}
