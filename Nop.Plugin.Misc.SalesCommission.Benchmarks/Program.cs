using System.Globalization;
using BenchmarkDotNet.Running;
using Nop.Plugin.Misc.SalesCommission.Benchmarks;

// dotnet run -c Release --project Nop.Plugin.Misc.SalesCommission.Benchmarks -- [--filter *] [--job short]
//   memory [N ...]   live heap of a streamed year recalculation (default: 10000 100000)
//   describe [N]     what the generated store's orders make the engine do (default: 100000)
switch (args.FirstOrDefault())
{
    case "memory":
        MemoryProbe.Run(args.Length > 1 ? args.Skip(1).Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : [10_000, 100_000]);
        break;
    case "describe":
        StoreReport.Print(args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 100_000);
        break;
    default:
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkConfig).Assembly).Run(args, BenchmarkConfig.Create());
        break;
}
