using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Programs;
using Nop.Plugin.Misc.SalesCommission.Services;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the programs pages and turns the editor's model into program rows.</summary>
public interface IProgramModelFactory
{
    /// <summary>Prepares the programs page's filters.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the search model.</returns>
    Task<ProgramSearchModel> PrepareProgramSearchModelAsync(ProgramSearchModel searchModel);

    /// <summary>Prepares a page of programs.</summary>
    /// <param name="searchModel">The search model.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the list model.</returns>
    Task<ProgramListModel> PrepareProgramListModelAsync(ProgramSearchModel searchModel);

    /// <summary>Prepares the editor: its fields from a stored program (when one is given and the model is new), and every choice list.</summary>
    /// <param name="model">The model; null to start one.</param>
    /// <param name="definition">The stored program, or null for a new one or when the model was posted.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model.</returns>
    Task<ProgramModel> PrepareProgramModelAsync(ProgramModel model, ProgramDefinition definition);

    /// <summary>Turns the editor's model into program rows; only the chosen type's terms are kept.</summary>
    /// <param name="model">The editor's model, valid.</param>
    /// <param name="program">The stored program to update, or null for a new one.</param>
    /// <returns>The definition.</returns>
    ProgramDefinition ToDefinition(ProgramModel model, CommissionProgram program);

    /// <summary>Prepares a simulation's result: totals per beneficiary and the first entries, with names.</summary>
    /// <param name="simulation">The simulation.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model.</returns>
    Task<ProgramSimulationModel> PrepareSimulationModelAsync(ProgramSimulation simulation);

    /// <summary>The UTC range of the days the user picked for a simulation: from the first day's start to the day after the last.</summary>
    /// <param name="fromDay">First day.</param>
    /// <param name="toDay">Last day.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the start (inclusive) and end (exclusive).</returns>
    Task<(DateTime FromUtc, DateTime ToUtc)> GetSimulationRangeUtcAsync(DateTime fromDay, DateTime toDay);
}
