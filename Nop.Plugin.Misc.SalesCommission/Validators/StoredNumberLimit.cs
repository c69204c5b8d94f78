using System.Collections;
using System.Globalization;
using FluentValidation;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.SalesCommission.Validators;

/// <summary>
/// Every number a form sends (its own fields and those of its rows: bands, rules, levels) fits the column it is kept
/// in (<see cref="DecimalColumn.Largest"/>); a larger one is refused next to its field instead of failing the save.
/// </summary>
public static class StoredNumberLimit
{
    private const string ModelNamespace = "Nop.Plugin.Misc.SalesCommission.Models";

    /// <summary>The fields (as the form names them) holding a number larger than a column keeps.</summary>
    /// <param name="model">The form's model.</param>
    public static IEnumerable<string> TooLarge(object model) => TooLarge(model, string.Empty);

    private static IEnumerable<string> TooLarge(object model, string prefix)
    {
        if (model is null)
            yield break;

        foreach (var property in model.GetType().GetProperties().Where(property => property.CanWrite && property.GetIndexParameters().Length == 0))
        {
            var value = property.GetValue(model);
            var name = prefix + property.Name;
            if (value is decimal number)
            {
                if (Math.Abs(number) > DecimalColumn.Largest)
                    yield return name;
            }
            else if (value is IEnumerable rows and not string && property.PropertyType.IsGenericType
                     && property.PropertyType.GetGenericArguments()[0].Namespace?.StartsWith(ModelNamespace, StringComparison.Ordinal) == true)
            {
                var index = 0;
                foreach (var row in rows)
                {
                    foreach (var field in TooLarge(row, $"{name}[{index.ToString(CultureInfo.InvariantCulture)}]."))
                        yield return field;
                    index++;
                }
            }
        }
    }

    /// <summary>Refuses, next to each field, a number larger than its column keeps.</summary>
    /// <param name="validator">The form's validator.</param>
    /// <param name="localizationService">For the message in the user's language.</param>
    public static void RefuseNumbersTooLarge<T>(this AbstractValidator<T> validator, ILocalizationService localizationService)
    {
        ArgumentNullException.ThrowIfNull(validator);
        ArgumentNullException.ThrowIfNull(localizationService);

        validator.RuleFor(model => model).Custom((model, context) =>
        {
            var fields = TooLarge(model).ToList();
            if (fields.Count == 0)
                return;

            var message = localizationService.GetResourceAsync("Plugins.Misc.SalesCommission.Numbers.TooLarge").GetAwaiter().GetResult();
            foreach (var field in fields)
                context.AddFailure(field, message);
        });
    }
}
