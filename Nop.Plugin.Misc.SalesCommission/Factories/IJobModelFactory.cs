using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Jobs;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the models of background jobs' pages.</summary>
public interface IJobModelFactory
{
    /// <summary>How far a job is: counts, times and texts in the reader's language.</summary>
    /// <param name="job">The job.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the model.</returns>
    Task<JobProgressModel> PrepareJobProgressModelAsync(CommissionJob job);
}
