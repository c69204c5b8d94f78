using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;
using Nop.Plugin.Misc.SalesCommission.Validators;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Receipts;

/// <summary>An expense note fits the journal.</summary>
[TestFixture]
public sealed class BookExpenseModelValidatorTests
{
    private readonly BookExpenseModelValidator _validator = new(ResourceKeyLocalization.Create());

    [Test]
    public void A_note_longer_than_the_journal_keeps_is_refused()
    {
        var result = _validator.TestValidate(new BookExpenseModel { ReceiptId = 1, Note = new string('x', CommissionExpense.NoteLength + 1) });

        result.ShouldHaveValidationErrorFor(model => model.Note)
            .WithErrorMessage("Plugins.Misc.SalesCommission.Receipts.BookExpense.Note.TooLong");
    }

    [Test]
    public void No_note_is_valid()
    {
        _validator.TestValidate(new BookExpenseModel { ReceiptId = 1 }).ShouldNotHaveAnyValidationErrors();
    }
}
