using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Models.Admin.Jobs;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the models of background jobs' pages.</summary>
public class JobModelFactory : IJobModelFactory
{
    private const string ResourcePrefix = "Plugins.Misc.SalesCommission.Jobs.";

    private readonly ILocalizationService _localizationService;

    /// <summary>Creates the factory.</summary>
    public JobModelFactory(ILocalizationService localizationService)
    {
        _localizationService = localizationService;
    }

    private async Task<string> MessageOfAsync(CommissionJob job) => job.Status switch
    {
        JobStatus.Failed when job.Message == "interrupted" => await _localizationService.GetResourceAsync(ResourcePrefix + "Interrupted"),
        JobStatus.Failed => string.Format(CultureInfo.CurrentCulture, await _localizationService.GetResourceAsync(ResourcePrefix + "Failed"), job.Message),
        JobStatus.Cancelled => await _localizationService.GetResourceAsync(ResourcePrefix + "Cancelled." + job.Kind),
        _ => null
    };

    /// <inheritdoc />
    public virtual async Task<JobProgressModel> PrepareJobProgressModelAsync(CommissionJob job)
    {
        ArgumentNullException.ThrowIfNull(job);

        var finished = job.Status is JobStatus.Completed or JobStatus.Failed or JobStatus.Cancelled;
        var elapsed = job.StartedOnUtc is { } started ? (job.FinishedOnUtc ?? DateTime.UtcNow) - started : TimeSpan.Zero;
        int? remaining = !finished && job.Done > 0 && job.Total > job.Done
            ? (int)Math.Ceiling(elapsed.TotalSeconds * (job.Total - job.Done) / job.Done)
            : null;

        return new JobProgressModel
        {
            Id = job.Id,
            Kind = await _localizationService.GetLocalizedEnumAsync(job.Kind),
            Status = await _localizationService.GetLocalizedEnumAsync(job.Status),
            Done = job.Done,
            Total = job.Total,
            Unit = await _localizationService.GetResourceAsync(ResourcePrefix + (job.Kind == JobKind.ReceiptDrafts ? "Unit.Beneficiaries" : "Unit.Orders")),
            Percent = job.Total == 0 ? (finished ? 100 : 0) : (int)Math.Min(100, job.Done * 100L / job.Total),
            ElapsedSeconds = (int)elapsed.TotalSeconds,
            RemainingSeconds = remaining,
            Finished = finished,
            CanCancel = !finished && !job.CancelRequested,
            CancelRequested = !finished && job.CancelRequested,
            Message = await MessageOfAsync(job),
            HasResult = job.Result is not null
        };
    }
}
