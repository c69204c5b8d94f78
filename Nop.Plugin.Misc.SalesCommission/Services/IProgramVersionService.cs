using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The versions of programs' money terms (rules §5): read for planning and for the editor, written when an edit makes one.</summary>
public interface IProgramVersionService
{
    /// <summary>The stored versions of programs as the engine reads them, each with its program's name, priority, activity and validity.</summary>
    /// <param name="programs">The programs as they stand.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the versions of every program that has some.</returns>
    Task<IList<ProgramVersion>> GetEngineVersionsAsync(IList<ProgramDefinition> programs);

    /// <summary>A program's stored versions, the first in force first.</summary>
    /// <param name="programId">The program.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the version rows.</returns>
    Task<IList<ProgramTermsVersion>> GetVersionsAsync(int programId);

    /// <summary>True when a change of the program's money terms makes a version: it has entries or versions.</summary>
    /// <param name="programId">The program.</param>
    /// <returns>A task that represents the asynchronous operation. The task result tells whether the program has history.</returns>
    Task<bool> HasHistoryAsync(int programId);

    /// <summary>
    /// Saves an edit of a stored program as the engine's <see cref="ProgramVersions.Saving"/> decides: in place, as a new
    /// version from the effective day, or correcting the latest version; nothing when the day is before the latest version's.
    /// </summary>
    /// <param name="edited">The program as edited (its stored row, changed).</param>
    /// <param name="effectiveDay">The first day (UTC calendar) the edited money terms apply to.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains how it was saved.</returns>
    Task<VersionedSave> SaveAsync(ProgramDefinition edited, DateOnly effectiveDay);
}
