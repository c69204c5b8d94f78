using FluentValidation;
using FluentValidation.Results;
using Nop.Data.Mapping;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using CommissionProgram = Nop.Plugin.Misc.SalesCommission.Domain.CommissionProgram;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Partners;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin;

/// <summary>
/// Every text an admin form stores fits its column: the form refuses one character more than the column the mapping
/// builder creates (read from the host's mapping, not from the constant) and accepts exactly as many.
/// </summary>
[TestFixture]
public sealed class TextLengthTests : PluginHostTest
{
    /// <summary>One stored text field: its column, a valid form with the field set to a text, and the message expected.</summary>
    public sealed record Field(string Name, Type Entity, string Column, IValidator Validator, Func<string, object> FormWith, string Property, string Message)
    {
        /// <summary>The field's name, as the test case is named.</summary>
        public override string ToString() => Name;
    }

    private static IEnumerable<Field> Fields()
    {
        var localization = ResourceKeyLocalization.Create();
        yield return new Field("program name", typeof(CommissionProgram), nameof(CommissionProgram.Name), new ProgramModelValidator(localization),
            text => new ProgramModel { Name = text, ProgramTypeId = (int)ProgramType.PercentOfOrder, Rate = 5m },
            nameof(ProgramModel.Name), "Plugins.Misc.SalesCommission.Programs.Name.TooLong");
        yield return new Field("partner name", typeof(CommissionPartner), nameof(CommissionPartner.Name), new PartnerModelValidator(localization),
            text => new PartnerModel { Name = text, AffiliateId = 1 },
            nameof(PartnerModel.Name), "Plugins.Misc.SalesCommission.Partners.Name.TooLong");
        yield return new Field("payment method", typeof(CommissionReceipt), nameof(CommissionReceipt.PaymentMethod), new PayReceiptModelValidator(localization),
            text => new PayReceiptModel { ReceiptId = 1, PaidOn = DateTime.UtcNow.Date, Method = text },
            nameof(PayReceiptModel.Method), "Plugins.Misc.SalesCommission.Receipts.Pay.Method.TooLong");
        yield return new Field("payment reference", typeof(CommissionReceipt), nameof(CommissionReceipt.PaymentReference), new PayReceiptModelValidator(localization),
            text => new PayReceiptModel { ReceiptId = 1, PaidOn = DateTime.UtcNow.Date, Method = "Bank transfer", Reference = text },
            nameof(PayReceiptModel.Reference), "Plugins.Misc.SalesCommission.Receipts.Pay.Reference.TooLong");
        yield return new Field("expense note", typeof(CommissionExpense), nameof(CommissionExpense.Note), new BookExpenseModelValidator(localization),
            text => new BookExpenseModel { ReceiptId = 1, Note = text },
            nameof(BookExpenseModel.Note), "Plugins.Misc.SalesCommission.Receipts.BookExpense.Note.TooLong");
    }

    private static int ColumnSize(Type entity, string column) =>
        NopMappingSchema.GetEntityDescriptor(entity).Fields.Single(field => field.Name == column).Size
        ?? throw new AssertionException($"{entity.Name}.{column} has no length");

    private static ValidationResult Validate(Field field, string text) =>
        field.Validator.Validate(new ValidationContext<object>(field.FormWith(text)));

    [TestCaseSource(nameof(Fields))]
    public void The_form_accepts_as_many_characters_as_the_column_keeps(Field field)
    {
        var size = ColumnSize(field.Entity, field.Column);

        Assert.That(size, Is.InRange(1, 10_000), "a bounded column");
        Assert.That(Validate(field, new string('x', size)).Errors.Where(error => error.PropertyName == field.Property), Is.Empty);
    }

    [TestCaseSource(nameof(Fields))]
    public void One_character_more_than_the_column_keeps_is_refused_at_the_field(Field field)
    {
        var size = ColumnSize(field.Entity, field.Column);

        var errors = Validate(field, new string('x', size + 1)).Errors.Where(error => error.PropertyName == field.Property).ToList();

        Assert.That(errors.Select(error => error.ErrorMessage), Is.EqualTo(new[] { field.Message }));
    }
}
