using System.Reflection;
using FluentValidation.TestHelper;
using Nop.Plugin.Misc.SalesCommission.Controllers;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Leaderboard;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Settings;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Validators;
using Nop.Web.Framework.Mvc.Filters;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Admin.Leaderboard;

/// <summary>The admin's leaderboard is a report (its permission), and its period and the reps' setting refuse what they do not know.</summary>
[TestFixture]
public sealed class LeaderboardPageTests
{
    [Test]
    public void The_leaderboard_needs_the_view_reports_permission()
    {
        var index = typeof(CommissionLeaderboardController).GetMethod(nameof(CommissionLeaderboardController.Index))!;

        //the host's filter reads (result type, permission names)
        Assert.That(index.GetCustomAttributes<CheckPermissionAttribute>().Single().Arguments[1],
            Is.EqualTo(new[] { SalesCommissionPermissionConfigManager.VIEW_REPORTS }));
    }

    [TestCase(0)]
    [TestCase(4)]
    public void A_period_that_is_not_this_month_quarter_or_year_is_refused_at_its_field(int periodId) =>
        new LeaderboardSearchModelValidator(ResourceKeyLocalization.Create())
            .TestValidate(new LeaderboardSearchModel { PeriodId = periodId })
            .ShouldHaveValidationErrorFor(model => model.PeriodId)
            .WithErrorMessage("Plugins.Misc.SalesCommission.Leaderboard.Fields.Period.Unknown");

    [Test]
    public void This_quarter_is_accepted() =>
        new LeaderboardSearchModelValidator(ResourceKeyLocalization.Create())
            .TestValidate(new LeaderboardSearchModel { PeriodId = (int)LadderWindow.Quarter })
            .ShouldNotHaveAnyValidationErrors();

    [Test]
    public void An_unknown_leaderboard_setting_is_refused_at_its_field() =>
        new ConfigurationModelValidator(ResourceKeyLocalization.Create())
            .TestValidate(new ConfigurationModel { SalesRepRoleSystemName = "SalesRepresentative", LeaderboardVisibilityId = 3 })
            .ShouldHaveValidationErrorFor(model => model.LeaderboardVisibilityId)
            .WithErrorMessage("Plugins.Misc.SalesCommission.Leaderboard.Visibility.Unknown");
}
