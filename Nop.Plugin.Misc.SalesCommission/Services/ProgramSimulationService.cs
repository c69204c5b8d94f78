using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Runs a program as edited over paid orders with the engine, exactly as the ledger would when the orders are paid:
/// the store's setup (targets, category tree and whether gift cards earn included) with the edited program in place,
/// snapshots of the orders read batch by batch, and <see cref="PaidOrderPlanner"/> on the run's history (what came
/// before the range, read once, then the simulation's own). Orders cancelled, voided or deleted in the store count
/// toward period totals, as in the ledger, but their entries are left out (the ledger reverses them); refunds are not
/// deducted. Only each beneficiary's sums and the first entries are kept, so memory stays flat. Writes nothing.
/// </summary>
public class ProgramSimulationService : IProgramSimulationService
{
    #region Fields

    /// <summary>How many of the program's entries a simulation shows.</summary>
    public const int SampleEntryCount = 25;

    private const int BatchSize = 1000;

    private readonly IPaidOrderBatchReader _batchReader;
    private readonly IRunPlanners _runPlanners;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public ProgramSimulationService(IPaidOrderBatchReader batchReader, IRunPlanners runPlanners)
    {
        _batchReader = batchReader;
        _runPlanners = runPlanners;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<ProgramSimulation> SimulateAsync(ProgramDefinition definition, DateTime fromUtc, DateTime toUtc,
        IJobProgress progress = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        progress ??= UnwatchedProgress.Instance;

        var edited = definition.ToEngineProgram() with { Active = true };
        var range = new PaidOrderRange(fromUtc, toUtc, null);
        await progress.StartAsync(await _batchReader.CountAsync(range));

        var sums = new Dictionary<(BeneficiaryType, string), (int Entries, decimal Total)>();
        var samples = new List<LedgerEntry>();
        IRunPlanner planner = null;
        var done = 0;
        var stopped = false;
        await foreach (var batch in _batchReader.ReadAsync(range, BatchSize))
        {
            var setup = batch.Setup.WithProgram(edited);
            planner ??= await _runPlanners.ForAsync(range, setup);
            foreach (var order in batch.Orders)
            {
                var plan = await planner.PlanAsync(order, setup, batch.Snapshots[order.Id]);
                planner.CountCreditedSales(batch.StoredSalesOf(order.Id));
                if (ReversedOrder.InStore(order))
                    continue;

                foreach (var entry in plan.Entries)
                {
                    if (entry.ProgramId != edited.Id)
                        continue;

                    var key = (entry.BeneficiaryType, entry.BeneficiaryId);
                    var sum = sums.GetValueOrDefault(key);
                    sums[key] = (sum.Entries + 1, sum.Total + entry.Amount);
                    if (samples.Count < SampleEntryCount)
                        samples.Add(entry);
                }
            }

            done += batch.Orders.Count;
            if (!await progress.ReportAsync(done))
            {
                stopped = true;
                break;
            }
        }

        var beneficiaries = sums
            .Select(sum => new SimulatedBeneficiary(sum.Key.Item1, sum.Key.Item2, sum.Value.Entries, sum.Value.Total))
            .OrderByDescending(beneficiary => beneficiary.Total)
            .ToList();

        return new ProgramSimulation(done, stopped, beneficiaries, samples);
    }

    #endregion
}
