using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Hierarchy;
using Nop.Plugin.Misc.SalesCommission.Engine.Performance;
using NUnit.Framework;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Performance;

/// <summary>
/// Whom a rep sees on the leaderboard. Two teams: cat leads ann and bob (ann leads dan); eve leads fay. gus has no
/// manager and no reports; ivy (inactive) reports to cat; zoe is not staff.
/// </summary>
[TestFixture]
public sealed class LeaderboardAudienceTests
{
    private static readonly StaffMember[] Hierarchy =
    [
        new("cat", null), new("ann", "cat"), new("bob", "cat"), new("dan", "ann"),
        new("eve", null), new("fay", "eve"), new("gus", null), new("ivy", "cat")
    ];

    private static readonly TeamVisibility Visibility =
        new(Hierarchy, ["cat", "ann", "bob", "dan", "eve", "fay", "gus"]);

    private static IReadOnlyList<string> Seen(LeaderboardVisibility setting, string viewer) =>
        LeaderboardAudience.Visible(setting, viewer, Hierarchy, Visibility);

    [Test]
    public void Off_shows_nobody()
    {
        Assert.That(Seen(LeaderboardVisibility.Off, "ann"), Is.Empty);
    }

    [Test]
    public void Within_their_team_a_rep_sees_their_managers_team_and_nobody_of_another_team()
    {
        Assert.That(Seen(LeaderboardVisibility.Team, "bob"), Is.EquivalentTo(new[] { "cat", "ann", "bob", "dan" }));
        Assert.That(Seen(LeaderboardVisibility.Team, "fay"), Is.EquivalentTo(new[] { "eve", "fay" }));
    }

    [Test]
    public void Within_their_team_a_manager_at_the_top_sees_the_team_they_lead()
    {
        Assert.That(Seen(LeaderboardVisibility.Team, "eve"), Is.EquivalentTo(new[] { "eve", "fay" }));
    }

    [Test]
    public void A_rep_with_no_manager_and_no_reports_is_a_team_of_one()
    {
        Assert.That(Seen(LeaderboardVisibility.Team, "gus"), Is.EqualTo(new[] { "gus" }));
    }

    [Test]
    public void Everyone_shows_every_active_staff_member_but_never_an_inactive_one()
    {
        Assert.That(Seen(LeaderboardVisibility.Everyone, "fay"),
            Is.EquivalentTo(new[] { "cat", "ann", "bob", "dan", "eve", "fay", "gus" }));
    }

    [Test]
    public void Someone_who_is_not_active_staff_sees_nothing_whatever_the_setting()
    {
        Assert.That(Seen(LeaderboardVisibility.Everyone, "zoe"), Is.Empty);
        Assert.That(Seen(LeaderboardVisibility.Everyone, "ivy"), Is.Empty);
    }

    [Test]
    public void The_teams_are_each_manager_with_everyone_below_them()
    {
        var teams = SalesTeams.Of(Hierarchy, Visibility);

        Assert.That(teams.Select(team => (team.ManagerId, string.Join(",", team.Members.Order(StringComparer.Ordinal)))),
            Is.EqualTo(new[] { ("cat", "ann,bob,cat,dan,ivy"), ("ann", "ann,dan"), ("eve", "eve,fay") }));
    }
}
