using System.Globalization;
using System.Text;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Directory;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;
using Nop.Services.Customers;
using Nop.Services.Directory;
using Nop.Services.ExportImport.Help;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads paid receipts for payroll and writes them as CSV or Excel, with the columns a payroll import expects.</summary>
public class PayrollExportService : IPayrollExportService
{
    #region Fields

    private static readonly string[] Columns =
        ["Beneficiary", "Email", "Receipt", "Period", "Amount", "Currency", "PaidOn", "PaymentReference"];

    private readonly CatalogSettings _catalogSettings;
    private readonly CurrencySettings _currencySettings;
    private readonly ICurrencyService _currencyService;
    private readonly ICustomerService _customerService;
    private readonly IEntryService _entryService;
    private readonly IRepository<CommissionPartner> _partnerRepository;
    private readonly IRepository<CommissionReceipt> _receiptRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public PayrollExportService(CatalogSettings catalogSettings,
        CurrencySettings currencySettings,
        ICurrencyService currencyService,
        ICustomerService customerService,
        IEntryService entryService,
        IRepository<CommissionPartner> partnerRepository,
        IRepository<CommissionReceipt> receiptRepository)
    {
        _catalogSettings = catalogSettings;
        _currencySettings = currencySettings;
        _currencyService = currencyService;
        _customerService = customerService;
        _entryService = entryService;
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

    private static string Money(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Day(DateTime utc) => utc.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

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
    public virtual byte[] ToCsv(IEnumerable<PayrollLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);

        var csv = new StringBuilder();
        csv.Append(string.Join(',', Columns)).Append("\r\n");
        foreach (var line in lines)
        {
            csv.Append(string.Join(',',
                CsvFormat.Field(line.Beneficiary),
                CsvFormat.Field(line.Email),
                CsvFormat.Field(line.ReceiptNumber),
                CsvFormat.Field(line.Period, isText: false),
                CsvFormat.Field(Money(line.Amount), isText: false),
                CsvFormat.Field(line.Currency),
                CsvFormat.Field(Day(line.PaidOnUtc), isText: false),
                CsvFormat.Field(line.PaymentReference))).Append("\r\n");
        }

        return Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv.ToString())).ToArray();
    }

    /// <inheritdoc />
    public virtual async Task<byte[]> ToXlsxAsync(IEnumerable<PayrollLine> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);

        var properties = new[]
        {
            new PropertyByName<PayrollLine>(Columns[0], (line, _) => line.Beneficiary),
            new PropertyByName<PayrollLine>(Columns[1], (line, _) => line.Email),
            new PropertyByName<PayrollLine>(Columns[2], (line, _) => line.ReceiptNumber),
            new PropertyByName<PayrollLine>(Columns[3], (line, _) => line.Period),
            new PropertyByName<PayrollLine>(Columns[4], (line, _) => line.Amount),
            new PropertyByName<PayrollLine>(Columns[5], (line, _) => line.Currency),
            new PropertyByName<PayrollLine>(Columns[6], (line, _) => Day(line.PaidOnUtc)),
            new PropertyByName<PayrollLine>(Columns[7], (line, _) => line.PaymentReference)
        };

        return await new PropertyManager<PayrollLine>(properties, _catalogSettings).ExportToXlsxAsync(lines);
    }

    #endregion
}
