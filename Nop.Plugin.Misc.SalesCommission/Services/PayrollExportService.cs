using Nop.Core.Domain.Directory;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Services.Customers;
using Nop.Services.Directory;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads paid receipts for payroll and writes them as CSV or Excel, with the columns a payroll import expects.</summary>
public class PayrollExportService : IPayrollExportService
{
    #region Fields

    private static readonly IReadOnlyList<ExportColumn<PayrollLine>> Columns =
    [
        new("Beneficiary", line => line.Beneficiary),
        new("Email", line => line.Email),
        new("Receipt", line => line.ReceiptNumber),
        new("Period", line => line.Period),
        new("Amount", line => line.Amount),
        new("Currency", line => line.Currency),
        new("PaidOn", line => line.PaidOnUtc),
        new("PaymentReference", line => line.PaymentReference)
    ];

    private readonly CurrencySettings _currencySettings;
    private readonly ICurrencyService _currencyService;
    private readonly ICustomerService _customerService;
    private readonly IEntryService _entryService;
    private readonly IListExport _listExport;
    private readonly IRepository<CommissionPartner> _partnerRepository;
    private readonly IRepository<CommissionReceipt> _receiptRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public PayrollExportService(CurrencySettings currencySettings,
        ICurrencyService currencyService,
        ICustomerService customerService,
        IEntryService entryService,
        IListExport listExport,
        IRepository<CommissionPartner> partnerRepository,
        IRepository<CommissionReceipt> receiptRepository)
    {
        _currencySettings = currencySettings;
        _currencyService = currencyService;
        _customerService = customerService;
        _entryService = entryService;
        _listExport = listExport;
        _partnerRepository = partnerRepository;
        _receiptRepository = receiptRepository;
    }

    #endregion

    #region Utilities

    private IQueryable<CommissionReceipt> Paid => _receiptRepository.Table.Where(receipt => receipt.StatusId == (int)ReceiptStatus.Paid);

    /// <summary>The customer e-mail of each beneficiary: a staff member's own, a partner's linked customer's.</summary>
    private async Task<Dictionary<(BeneficiaryType Type, int Id), string>> GetEmailsAsync(IList<CommissionReceipt> receipts)
    {
        var emails = new Dictionary<(BeneficiaryType Type, int Id), string>();
        var staffIds = receipts.Where(r => r.BeneficiaryType == BeneficiaryType.Staff).Select(r => r.BeneficiaryId).Distinct().ToArray();
        foreach (var customer in await _customerService.GetCustomersByIdsAsync(staffIds))
            emails[(BeneficiaryType.Staff, customer.Id)] = customer.Email;

        var partnerIds = receipts.Where(r => r.BeneficiaryType == BeneficiaryType.Partner).Select(r => r.BeneficiaryId).Distinct().ToArray();
        var partners = await _partnerRepository.GetByIdsAsync(partnerIds);
        var linked = (await _customerService.GetCustomersByIdsAsync(partners.Where(p => p.CustomerId != null).Select(p => p.CustomerId!.Value).ToArray()))
            .ToDictionary(customer => customer.Id);
        foreach (var partner in partners)
            emails[(BeneficiaryType.Partner, partner.Id)] = partner.CustomerId is { } id && linked.TryGetValue(id, out var customer) ? customer.Email : string.Empty;

        return emails;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IList<PayrollLine>> GetLinesAsync(DateTime? paidFromUtc, DateTime? paidToUtc, IReadOnlyCollection<string> receiptNumbers)
    {
        ArgumentNullException.ThrowIfNull(receiptNumbers);

        var query = Paid;
        if (paidFromUtc is { } from)
            query = query.Where(receipt => receipt.PaidOnUtc >= from);
        if (paidToUtc is { } to)
            query = query.Where(receipt => receipt.PaidOnUtc < to);
        if (receiptNumbers.Count > 0)
        {
            var numbers = receiptNumbers.ToArray();
            query = query.Where(receipt => numbers.Contains(receipt.Number));
        }

        var receipts = await query.OrderBy(receipt => receipt.PaidOnUtc).ThenBy(receipt => receipt.Id).ToListAsync();
        var names = await _entryService.GetBeneficiaryNamesAsync(receipts.Select(receipt => (receipt.BeneficiaryType, receipt.BeneficiaryId)));
        var emails = await GetEmailsAsync(receipts);
        var currency = (await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId))?.CurrencyCode ?? string.Empty;

        return receipts.Select(receipt =>
        {
            var key = (receipt.BeneficiaryType, receipt.BeneficiaryId);
            return new PayrollLine(
                names.TryGetValue(key, out var name) ? name : string.Empty,
                emails.TryGetValue(key, out var email) ? email ?? string.Empty : string.Empty,
                receipt.Number,
                CommissionPeriod.Label(LadderWindow.Month, CommissionPeriod.StartOf(LadderWindow.Month, receipt.CutoffUtc)!.Value),
                receipt.Total,
                currency,
                receipt.PaidOnUtc!.Value,
                receipt.PaymentReference ?? string.Empty);
        }).ToList();
    }

    /// <inheritdoc />
    public virtual async Task<IList<string>> GetNumbersNotPaidAsync(IReadOnlyCollection<string> receiptNumbers)
    {
        ArgumentNullException.ThrowIfNull(receiptNumbers);
        var numbers = receiptNumbers.ToArray();
        var paid = await Paid.Where(receipt => numbers.Contains(receipt.Number)).Select(receipt => receipt.Number).ToListAsync();
        return numbers.Except(paid, StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public virtual Task<ExportFile> ExportAsync(ExportFormat format, string name, IEnumerable<PayrollLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);

        return _listExport.ExportAsync(format, name, lines, Columns);
    }

    #endregion
}
