using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

// simulate SCENARIO.json [--json]: the engine's scenario contract (rules §8) on the command line.
// Exit codes: 0 done, 2 bad input (one line per problem on standard error, nothing else printed), 64 usage.
var json = args.Contains("--json");
var files = args.Where(a => a != "--json").ToList();
if (files.Count != 1 || files[0].StartsWith("--", StringComparison.Ordinal))
{
    Console.Error.WriteLine("usage: simulate SCENARIO.json [--json]");
    return 64;
}

string text;
try
{
    text = File.ReadAllText(files[0]);
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException)
{
    Console.Error.WriteLine($"$: cannot read {files[0]}: {e.Message}");
    return 2;
}

var read = ScenarioReader.Read(text);
if (!read.IsValid)
{
    foreach (var error in read.Errors)
        Console.Error.WriteLine(error);
    return 2;
}

var result = ScenarioRunner.Run(read.Scenario!);
Console.Out.Write(json ? ScenarioJsonWriter.Write(result) + Environment.NewLine : ScenarioStatement.Write(result));
return 0;
