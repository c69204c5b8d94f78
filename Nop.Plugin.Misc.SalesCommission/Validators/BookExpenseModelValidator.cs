using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>An expense note fits the journal's note column.</summary>
public class BookExpenseModelValidator : BaseNopValidator<BookExpenseModel>
{
    /// <summary>Creates the validator.</summary>
    public BookExpenseModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Note)
            .MaximumLength(CommissionExpense.NoteLength)
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Receipts.BookExpense.Note.TooLong"), CommissionExpense.NoteLength);
    }
}
