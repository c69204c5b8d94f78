using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Orders;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Benchmarks.Store;

/// <summary>
/// A large sales team on one monthly ladder: <c>reps</c> staff members, each owning 5 clients, each with
/// <c>ordersPerRep</c> orders paid through March 2026, interleaved in paid-time order, so every order reads
/// and grows its rep's cumulative month total. Bands 0–10,000 @2%, 10,000–25,000 @3%, 25,000+ @4% on net
/// sales; a rep's month typically crosses one or two bands. Deterministic for a seed.
/// </summary>
public sealed class RepTeam
{
    private const int ClientsPerRep = 5;

    /// <summary>Builds the team, its program and its orders.</summary>
    public RepTeam(int reps, int ordersPerRep, LadderMode mode, int seed = StoreGenerator.DefaultSeed)
    {
        var random = new Random(seed);
        var staff = Enumerable.Range(1, reps).Select(r => new StaffMember(Id(r), null)).ToArray();
        var clients = Enumerable.Range(0, reps * ClientsPerRep)
            .Select(c => new Client(Id(1_000_001 + c), [], [new StaffShare(Id(1 + c / ClientsPerRep), 100m)]))
            .ToArray();
        Ladder = new Ladder(mode, LadderWindow.Month,
        [
            new LadderBand(0m, 10_000m, 2m, null),
            new LadderBand(10_000m, 25_000m, 3m, null),
            new LadderBand(25_000m, null, 4m, null)
        ]);
        var program = new ProgramTerms { Id = "1", Name = "Monthly team ladder", Type = ProgramType.Ladder, Ladder = Ladder };
        Setup = new CommissionSetup(StackingPolicy.HighestPriority, staff, [], clients, [], [], [program]);

        // Every rep gets exactly ordersPerRep orders; a seeded shuffle interleaves them over the month.
        var owners = Enumerable.Range(0, reps * ordersPerRep).Select(i => i % reps).ToArray();
        random.Shuffle(owners);
        var month = new DateTime(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);
        var monthTicks = (month.AddMonths(1) - month).Ticks;
        Orders = new GeneratedOrder[owners.Length];
        for (var i = 0; i < owners.Length; i++)
        {
            var client = clients[owners[i] * ClientsPerRep + random.Next(ClientsPerRep)];
            var lines = new OrderLine[5];
            var subtotal = 0m;
            for (var l = 0; l < lines.Length; l++)
            {
                var price = Math.Round(50m + 850m * (decimal)random.NextDouble(), 2);
                lines[l] = new OrderLine(Id(1 + random.Next(500)), 1 + random.Next(5), price, Math.Round(price * 0.6m, 2));
                subtotal += price;
            }

            var paidAt = month.AddTicks(monthTicks * i / owners.Length);
            var order = new OrderSnapshot(Id(5_000_001 + i), client.Id, "1", null, paidAt, null,
                subtotal, 0m, 0m, Math.Round(subtotal * 1.2m, 2), lines);
            Orders[i] = new GeneratedOrder(order, 1, []);
        }
    }

    /// <summary>The team, its clients and its one program.</summary>
    public CommissionSetup Setup { get; }

    /// <summary>The ladder of the program.</summary>
    public Ladder Ladder { get; }

    /// <summary>The orders, in paid-time order.</summary>
    public GeneratedOrder[] Orders { get; }

    private static string Id(int value) => value.ToString(CultureInfo.InvariantCulture);
}
