using Nop.Core.Domain.Customers;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Performance;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;
using Nop.Services.Configuration;
using Nop.Services.Customers;
using Nop.Services.Orders;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Storefront;

/// <summary>
/// What a rep sees of the leaderboard, by the store's setting. Two teams: manager A leads reps A1 and A2, manager B
/// leads rep B1; each rep's client paid one order this month (10% of the order total), and rep A2's client a second
/// order that the store then cancelled.
/// </summary>
[TestFixture]
public class LeaderboardAccessTests : PluginHostTest
{
    private static CommissionStoreData Data => new(ResolveService);

    private int _repA1;
    private int _repA2;
    private int _managerA;
    private int _repB1;
    private decimal _orderTotal;
    private int _setting;

    [OneTimeSetUp]
    public async Task TwoTeamsWithPaidOrdersAsync()
    {
        var processing = Resolve<IOrderProcessingService>();
        var (orderA1, repA1) = await Data.UnpaidOrderWithRepAsync(10m);
        var (orderA2, repA2) = await Data.UnpaidOrderWithRepAsync(10m);
        var (orderB1, repB1) = await Data.UnpaidOrderWithRepAsync(10m);
        (_repA1, _repA2, _repB1, _orderTotal) = (repA1, repA2, repB1, orderA1.OrderTotal);
        _managerA = await Data.ManagerOfAsync(repA1);
        await Data.ManagerOfAsync(repB1);
        var profiles = Resolve<IRepository<StaffProfile>>();
        var profile = profiles.Table.Single(candidate => candidate.CustomerId == repA2);
        profile.ManagerCustomerId = _managerA;
        await profiles.UpdateAsync(profile);

        var cancelled = await Data.AnotherOrderAsync(orderA2);
        foreach (var order in new[] { orderA1, orderA2, orderB1, cancelled })
            await processing.MarkOrderAsPaidAsync(order);
        await processing.CancelOrderAsync(cancelled, false);

        //rep A1's target of this month: their one order against twice its total = 50%
        await Resolve<IRepository<CommissionTarget>>().InsertAsync(new CommissionTarget
        {
            StaffCustomerId = repA1,
            PeriodId = (int)LadderWindow.Month,
            StartDateUtc = UtcRange.PeriodContaining(LadderWindow.Month, DateTime.UtcNow).FromUtc!.Value,
            Amount = orderA1.OrderTotal * 2
        });

        _setting = (await Resolve<ISettingService>().LoadSettingAsync<SalesCommissionSettings>()).LeaderboardVisibilityId;
    }

    [OneTimeTearDown]
    public async Task RestoreTheSettingAsync() => await SetAsync((LeaderboardVisibility)_setting);

    private static async Task SetAsync(LeaderboardVisibility visibility)
    {
        var settingService = Resolve<ISettingService>();
        var settings = await settingService.LoadSettingAsync<SalesCommissionSettings>();
        settings.LeaderboardVisibilityId = (int)visibility;
        await settingService.SaveSettingAsync(settings);
    }

    private static async Task<IList<string>> SeenByAsync(int viewer)
    {
        var performance = await Resolve<ILeaderboardService>().GetRepPerformanceAsync(viewer, DateTime.UtcNow);
        return performance!.Boards.SelectMany(board => board.Reps).Select(line => line.Figures.Id).Distinct().ToList();
    }

    [Test]
    public async Task Within_their_team_a_rep_sees_their_team_and_not_a_rep_of_another_team()
    {
        await SetAsync(LeaderboardVisibility.Team);

        var seen = await SeenByAsync(_repA1);

        Assert.That(seen, Is.EquivalentTo(new[] { _managerA, _repA1, _repA2 }.Select(EngineId.Of)));
        Assert.That(seen, Does.Not.Contain(EngineId.Of(_repB1)));
    }

    [Test]
    public async Task For_everyone_a_rep_sees_the_other_teams_rep_too()
    {
        await SetAsync(LeaderboardVisibility.Everyone);

        Assert.That(await SeenByAsync(_repA1), Does.Contain(EngineId.Of(_repB1)).And.Contain(EngineId.Of(_repA2)));
    }

    [Test]
    public async Task Off_shows_a_rep_no_leaderboard_at_all_but_their_own_figures()
    {
        await SetAsync(LeaderboardVisibility.Off);

        var model = await Resolve<ILeaderboardModelFactory>().PrepareRepPerformanceModelAsync(_repA1);

        Assert.That(model!.Boards, Is.Empty);
        Assert.That(model.Scope, Is.Empty);
        Assert.That(model.Own, Has.Count.EqualTo(3));
    }

    [Test]
    public async Task Someone_who_is_not_staff_gets_no_section()
    {
        await SetAsync(LeaderboardVisibility.Everyone);
        var client = new Customer { CustomerGuid = Guid.NewGuid(), Email = $"client-{Guid.NewGuid():N}@example.com", Active = true, CreatedOnUtc = DateTime.UtcNow, LastActivityDateUtc = DateTime.UtcNow };
        await Resolve<ICustomerService>().InsertCustomerAsync(client);

        Assert.That(await Resolve<ILeaderboardModelFactory>().PrepareRepPerformanceModelAsync(client.Id), Is.Null);
    }

    [Test]
    public async Task A_reps_month_counts_their_paid_order_commission_and_target_and_leaves_the_cancelled_order_out()
    {
        await SetAsync(LeaderboardVisibility.Team);

        var performance = await Resolve<ILeaderboardService>().GetRepPerformanceAsync(_repA1, DateTime.UtcNow);
        var month = performance!.Own.Single(period => period.Window == LadderWindow.Month).Figures;
        var a2 = performance.Boards.Single(board => board.Window == LadderWindow.Month).Reps.Single(line => line.Figures.Id == EngineId.Of(_repA2)).Figures;

        Assert.Multiple(() =>
        {
            Assert.That(month.Commission, Is.EqualTo(Money.Round(_orderTotal * 0.10m)), "10% of the order total");
            Assert.That(month.Orders, Is.EqualTo(1));
            Assert.That(month.AttainmentPercent, Is.EqualTo(50.0m));
            //rep A2's cancelled order was paid and credited, then reversed: one order counts, and its commission nets to the one order's
            Assert.That((a2.Orders, a2.Commission), Is.EqualTo((1, Money.Round(_orderTotal * 0.10m))));
        });
    }
}
