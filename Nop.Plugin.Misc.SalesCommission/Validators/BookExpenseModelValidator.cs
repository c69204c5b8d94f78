using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Receipts;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>An expense note fits the journal's note column.</summary>
public class BookExpenseModelValidator : BaseNopValidator<BookExpenseModel>
{
    /// <summary>The longest note the journal keeps.</summary>
    public const int MaxNoteLength = 1000;

    /// <summary>Creates the validator.</summary>
    public BookExpenseModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.Note)
            .MaximumLength(MaxNoteLength)
            .WithMessageAwait(localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Receipts.BookExpense.Note.TooLong"), MaxNoteLength);
    }
}
