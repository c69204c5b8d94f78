using Nop.Core;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Services.Customers;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Reads a staff member's own commission for the storefront pages and widget.
/// </summary>
public class RepStatementService : IRepStatementService
{
    private static readonly int[] StatementStatuses = [(int)ReceiptStatus.Approved, (int)ReceiptStatus.Paid];

    private readonly ICustomerService _customerService;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<CommissionReceipt> _receiptRepository;
    private readonly IRepository<StaffProfile> _staffProfileRepository;
    private readonly SalesCommissionSettings _settings;

    /// <summary>Creates the service.</summary>
    public RepStatementService(ICustomerService customerService,
        IRepository<CommissionEntry> entryRepository,
        IRepository<CommissionReceipt> receiptRepository,
        IRepository<StaffProfile> staffProfileRepository,
        SalesCommissionSettings settings)
    {
        _customerService = customerService;
        _entryRepository = entryRepository;
        _receiptRepository = receiptRepository;
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
}
