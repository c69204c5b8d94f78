namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Runs a program as edited, not saved, over paid orders; writes nothing.</summary>
public interface IProgramSimulationService
{
    /// <summary>
    /// Plans every paid order of a range with the edited program in place of the stored one (or added, when new),
    /// batch by batch, reporting progress between batches and stopping when asked.
    /// </summary>
    /// <param name="definition">The program as edited; an inactive program is simulated as if it were active.</param>
    /// <param name="fromUtc">First paid moment (inclusive).</param>
    /// <param name="toUtc">Last paid moment (exclusive).</param>
    /// <param name="progress">Where progress is reported; null when nobody watches.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains what the program pays on orders not cancelled, voided or deleted.</returns>
    Task<ProgramSimulation> SimulateAsync(ProgramDefinition definition, DateTime fromUtc, DateTime toUtc, IJobProgress progress = null);
}
