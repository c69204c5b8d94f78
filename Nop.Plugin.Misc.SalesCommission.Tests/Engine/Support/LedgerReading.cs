using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Engine.Support;

/// <summary>Reads a scenario's ledger the way a statement does, so assertions name beneficiaries, kinds and amounts.</summary>
public static class LedgerReading
{
    /// <summary>Each entry as "beneficiary Kind[ Ln] amount", e.g. "bob Override L1 5.00", in the order written.</summary>
    public static IReadOnlyList<string> Lines(this ScenarioResult result) =>
        result.Entries.Select(Line).ToList();

    /// <summary>Each entry as "#order beneficiary Kind[ Ln] amount", in the order written.</summary>
    public static IReadOnlyList<string> LinesWithOrder(this ScenarioResult result) =>
        result.Entries.Select(e => $"#{e.OrderId} {Line(e)}").ToList();

    /// <summary>Each entry as "beneficiary program amount", for tests about which program paid.</summary>
    public static IReadOnlyList<string> ProgramLines(this ScenarioResult result) =>
        result.Entries.Select(e => $"{e.BeneficiaryId} {e.ProgramId} {Format(e.Amount)}").ToList();

    /// <summary>The amounts of one beneficiary's entries of one kind, in the order written.</summary>
    public static IReadOnlyList<decimal> Amounts(this ScenarioResult result, string beneficiaryId, EntryKind kind) =>
        result.Entries.Where(e => e.BeneficiaryId == beneficiaryId && e.Kind == kind).Select(e => e.Amount).ToList();

    /// <summary>The sum of one beneficiary's entries (0 when there are none).</summary>
    public static decimal TotalOf(this ScenarioResult result, string beneficiaryId) =>
        result.Entries.Where(e => e.BeneficiaryId == beneficiaryId).Sum(e => e.Amount);

    /// <summary>The sum of one order's entries.</summary>
    public static decimal OrderNet(this ScenarioResult result, string orderId) =>
        result.Entries.Where(e => e.OrderId == orderId).Sum(e => e.Amount);

    /// <summary>The ids of the orders whose entries were written, each once, in the order first written.</summary>
    public static IReadOnlyList<string> PaidOrders(this ScenarioResult result) =>
        result.Entries.Select(e => e.OrderId).Distinct().ToList();

    private static string Line(LedgerEntry e) =>
        $"{e.BeneficiaryId} {e.Kind}{(e.Level > 0 ? $" L{e.Level}" : string.Empty)} {Format(e.Amount)}";

    private static string Format(decimal amount) => amount.ToString("0.00", CultureInfo.InvariantCulture);
}
