using System.Text;
using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Payroll;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Plugin.Misc.SalesCommission.Validators;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Payroll;

/// <summary>The payroll export: paid receipts of a payout run with the columns a payroll import expects.</summary>
[TestFixture]
public class PayrollExportTests : PluginHostTest
{
    private const string Prefix = "Plugins.Misc.SalesCommission.Payroll.";

    private readonly PayrollExportModelValidator _validator = new(ResourceKeyLocalization.Create());

    private static async Task<(string Number, decimal Total, int Rep)> PaidReceiptAsync(string reference)
    {
        var (order, rep) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var receipts = Resolve<IReceiptService>();
        var receipt = (await receipts.CreateDraftsAsync(DateTime.UtcNow.AddMinutes(1), BeneficiaryType.Staff, rep)).Single();
        await receipts.ApproveAsync(receipt.Id);
        await receipts.PayAsync(receipt.Id, DateTime.UtcNow, "Bank transfer", reference);
        return (receipt.Number, receipt.Total, rep);
    }

    [Test]
    public async Task A_paid_receipt_is_exported_with_beneficiary_email_number_period_amount_and_currency()
    {
        var (number, total, _) = await PaidReceiptAsync("PAY-77");
        var payroll = Resolve<IPayrollExportService>();

        var line = (await payroll.GetLinesAsync(null, null, [number])).Single();
        var csv = Encoding.UTF8.GetString((await payroll.ExportAsync(ExportFormat.Csv, "payroll", [line])).Content).TrimStart('\uFEFF');

        Assert.That((line.ReceiptNumber, line.Amount, line.Period, line.PaymentReference),
            Is.EqualTo((number, total, DateTime.UtcNow.ToString("yyyy-MM"), "PAY-77")));
        Assert.That(line.Email, Does.StartWith("rep-"));
        Assert.That(line.Currency, Is.Not.Empty);
        Assert.That(csv, Does.StartWith("Beneficiary,Email,Receipt,Period,Amount,Currency,PaidOn,PaymentReference\r\n"));
        Assert.That(csv, Does.Contain($"{line.Email},{number},{line.Period},{total:0.00},{line.Currency},"));
    }

    [Test]
    public async Task The_excel_file_is_a_workbook()
    {
        var (number, _, _) = await PaidReceiptAsync("PAY-78");
        var payroll = Resolve<IPayrollExportService>();

        var xlsx = (await payroll.ExportAsync(ExportFormat.Xlsx, "payroll", await payroll.GetLinesAsync(null, null, [number]))).Content;

        Assert.That(xlsx.Take(2), Is.EqualTo("PK"u8.ToArray()));
    }

    [Test]
    public async Task A_receipt_not_paid_yet_is_named_and_not_exported()
    {
        var (order, rep) = await new CommissionStoreData(ResolveService).UnpaidOrderWithRepAsync(10m);
        await Resolve<IOrderProcessingService>().MarkOrderAsPaidAsync(order);
        var draft = (await Resolve<IReceiptService>().CreateDraftsAsync(DateTime.UtcNow.AddMinutes(1), BeneficiaryType.Staff, rep)).Single();
        var payroll = Resolve<IPayrollExportService>();

        Assert.That(await payroll.GetNumbersNotPaidAsync([draft.Number, "R-000000-0"]), Is.EqualTo(new[] { draft.Number, "R-000000-0" }));
        Assert.That(await payroll.GetLinesAsync(null, null, [draft.Number]), Is.Empty);
    }

    [Test]
    public void A_form_naming_no_range_and_no_receipt_is_refused_at_the_first_day() =>
        _validator.TestValidate(new PayrollExportModel())
            .ShouldHaveValidationErrorFor(model => model.PaidFrom).WithErrorMessage(Prefix + "Nothing");

    [Test]
    public void A_range_ending_before_it_starts_is_refused_at_the_last_day() =>
        _validator.TestValidate(new PayrollExportModel { PaidFrom = new DateTime(2026, 11, 30), PaidTo = new DateTime(2026, 11, 1) })
            .ShouldHaveValidationErrorFor(model => model.PaidTo).WithErrorMessage(Prefix + "PaidTo.BeforeFrom");

    [Test]
    public void Receipt_numbers_alone_name_a_run() =>
        _validator.TestValidate(new PayrollExportModel { ReceiptNumbers = "R-202611-3, R-202611-4" }).ShouldNotHaveAnyValidationErrors();
}
