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

    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<CommissionReceipt> _receiptRepository;
    private readonly IStaffDirectory _staffDirectory;

    /// <summary>Creates the service.</summary>
    public RepStatementService(IRepository<CommissionEntry> entryRepository,
        IRepository<CommissionReceipt> receiptRepository,
        IStaffDirectory staffDirectory)
    {
        _entryRepository = entryRepository;
        _receiptRepository = receiptRepository;
        _staffDirectory = staffDirectory;
    }

    /// <inheritdoc />
    public async Task<TeamVisibility> GetTeamVisibilityAsync()
    {
        return (await _staffDirectory.GetRosterAsync()).Visibility;
    }

    /// <inheritdoc />
    public async Task<CommissionStatusTotals> GetStatusTotalsAsync(int staffCustomerId, DateTime fromUtc, DateTime toUtc)
    {
        var sums = await StaffEntries(staffCustomerId)
            //an entry belongs to its order's paid date, on every page (the admin's dashboard and reports too)
            .Where(entry => entry.OrderPaidOnUtc >= fromUtc && entry.OrderPaidOnUtc < toUtc)
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
