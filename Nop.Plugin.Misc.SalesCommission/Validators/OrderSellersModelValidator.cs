using System.Globalization;
using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Engine.Validation;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;
using Nop.Services.Localization;
using Nop.Web.Framework.Validators;

using Nop.Plugin.Misc.SalesCommission.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>
/// An order's sellers pass the engine's split check (each split above 0, nobody twice, a total of exactly 100). Whether
/// each seller is staff needs the database and is checked again when the sellers are saved.
/// </summary>
public class OrderSellersModelValidator : BaseNopValidator<OrderSellersModel>
{
    /// <summary>The resource key of each problem; {0} is the row number.</summary>
    public static string ResourceFor(SellerSplitIssue issue) => $"Plugins.Misc.SalesCommission.Entries.Sellers.{issue}";

    /// <summary>Creates the validator.</summary>
    public OrderSellersModelValidator(ILocalizationService localizationService)
    {
        RuleFor(model => model.CommissionSellers)
            .Custom((_, context) =>
            {
                var sellers = context.InstanceToValidate.FilledSellers()
                    .Select(seller => new SellerSplit(EngineId.OfChosen(seller.StaffCustomerId), seller.Split))
                    .ToList();
                foreach (var problem in SellerSplitCheck.Check(sellers, null))
                {
                    var message = localizationService.GetResourceAsync(ResourceFor(problem.Issue)).GetAwaiter().GetResult();
                    context.AddFailure(nameof(OrderSellersModel.CommissionSellers),
                        string.Format(CultureInfo.CurrentCulture, message, (problem.Index ?? 0) + 1));
                }
            });
    }
}
