using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Nop.Plugin.Misc.SalesCommission.Engine.Periods;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Periods;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Validators;
using Nop.Services.Customers;
using Nop.Services.Helpers;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view model of the period close page.</summary>
public class PeriodModelFactory : IPeriodModelFactory
{
    #region Fields

    /// <summary>How many ended months the page offers to close.</summary>
    private const int OfferedMonths = 24;

    private readonly ICustomerService _customerService;
    private readonly IDateTimeHelper _dateTimeHelper;
    private readonly IPeriodCloseService _periodCloseService;

    #endregion

    #region Ctor

    /// <summary>Creates the factory.</summary>
    public PeriodModelFactory(ICustomerService customerService,
        IDateTimeHelper dateTimeHelper,
        IPeriodCloseService periodCloseService)
    {
        _customerService = customerService;
        _dateTimeHelper = dateTimeHelper;
        _periodCloseService = periodCloseService;
    }

    #endregion

    #region Utilities

    /// <summary>A month in the user's language ("November 2026").</summary>
    public static string Describe(DateOnly month) =>
        month.ToDateTime(TimeOnly.MinValue).ToString("Y", CultureInfo.CurrentCulture);

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<PeriodCloseModel> PreparePeriodCloseModelAsync(PeriodCloseModel model)
    {
        ArgumentNullException.ThrowIfNull(model);

        var closed = await _periodCloseService.GetClosedMonthsAsync();
        var lastEnded = ClosedMonths.MonthOf(DateTime.UtcNow).AddMonths(-1);
        for (var month = lastEnded; month > lastEnded.AddMonths(-OfferedMonths); month = month.AddMonths(-1))
        {
            if (!closed.IsClosed(month))
                model.AvailableMonths.Add(new SelectListItem(Describe(month), month.ToString(PeriodCloseModelValidator.MonthFormat, CultureInfo.InvariantCulture)));
        }

        foreach (var period in await _periodCloseService.GetClosedPeriodsAsync())
        {
            var customer = await _customerService.GetCustomerByIdAsync(period.ClosedByCustomerId);
            model.ClosedPeriods.Add(new ClosedPeriodModel
            {
                Month = Describe(DateOnly.FromDateTime(period.MonthStartUtc)),
                ClosedOn = await _dateTimeHelper.ConvertToUserTimeAsync(period.ClosedOnUtc, DateTimeKind.Utc),
                ClosedBy = customer is null ? string.Empty : await _customerService.GetStaffNameAsync(customer)
            });
        }

        return model;
    }

    #endregion
}
