using System.Globalization;
using System.Transactions;
using Nop.Data;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Programs;
using Nop.Plugin.Misc.SalesCommission.Services.Caching;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Versions of programs' money terms, kept as snapshots of the program's rows (<see cref="ProgramTermsSnapshot"/>): the
/// live rows always hold the latest version's terms, and a program gets versions only at its first money change while it
/// has entries (a first version with the terms it had, in force before the second). Which save an edit is, and which
/// version an order uses, is the engine's (<see cref="ProgramVersions"/>).
/// </summary>
public class ProgramVersionService : IProgramVersionService
{
    #region Fields

    private readonly ICommissionSetupCache _setupCache;

    private readonly IProgramService _programService;
    private readonly IRepository<CommissionEntry> _entryRepository;
    private readonly IRepository<ProgramTermsVersion> _versionRepository;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public ProgramVersionService(ICommissionSetupCache setupCache,
        IProgramService programService,
        IRepository<CommissionEntry> entryRepository,
        IRepository<ProgramTermsVersion> versionRepository)
    {
        _setupCache = setupCache;
        _programService = programService;
        _entryRepository = entryRepository;
        _versionRepository = versionRepository;
    }

    #endregion

    #region Utilities

    private static string Codes(IEnumerable<ProgramTerm> terms) =>
        string.Join(',', terms.Select(term => ((int)term).ToString(CultureInfo.InvariantCulture)));

    private static ProgramVersion ToEngineVersion(ProgramTermsVersion version, CommissionProgram program) =>
        new(version.EffectiveFromUtc, ProgramTermsSnapshot.Read(version.Terms, program).ToEngineProgram());

    private async Task InsertAsync(int programId, DateTime? effectiveFromUtc, ProgramDefinition terms, IEnumerable<ProgramTerm> changed)
    {
        await _versionRepository.InsertAsync(new ProgramTermsVersion
        {
            ProgramId = programId,
            EffectiveFromUtc = effectiveFromUtc,
            Terms = ProgramTermsSnapshot.Write(terms),
            ChangedTerms = Codes(changed),
            CreatedOnUtc = DateTime.UtcNow
        });
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<IList<ProgramVersion>> GetEngineVersionsAsync(IList<ProgramDefinition> programs)
    {
        ArgumentNullException.ThrowIfNull(programs);

        var ids = programs.Select(definition => definition.Program.Id).ToHashSet();
        var rows = (await _setupCache.GetProgramVersionsAsync()).Where(version => ids.Contains(version.ProgramId));

        return rows
            .Select(version => ToEngineVersion(version, programs.First(definition => definition.Program.Id == version.ProgramId).Program))
            .ToList();
    }

    /// <inheritdoc />
    public virtual async Task<IList<ProgramTermsVersion>> GetVersionsAsync(int programId)
    {
        var rows = await _versionRepository.Table.Where(version => version.ProgramId == programId).ToListAsync();
        return rows.OrderBy(version => version.EffectiveFromUtc ?? DateTime.MinValue).ThenBy(version => version.Id).ToList();
    }

    /// <inheritdoc />
    public virtual async Task<bool> HasHistoryAsync(int programId)
    {
        return await _entryRepository.Table.AnyAsync(entry => entry.ProgramId == programId)
               || await _versionRepository.Table.AnyAsync(version => version.ProgramId == programId);
    }

    /// <inheritdoc />
    public virtual async Task<VersionedSave> SaveAsync(ProgramDefinition edited, DateOnly effectiveDay)
    {
        ArgumentNullException.ThrowIfNull(edited);

        var program = edited.Program;
        var stored = await _programService.GetDefinitionAsync(program.Id)
                     ?? throw new InvalidOperationException($"Program #{program.Id} is not stored");
        var rows = await GetVersionsAsync(program.Id);
        var versions = rows.Select(version => ToEngineVersion(version, program)).ToList();
        var changed = ProgramVersions.ChangedTerms(stored.ToEngineProgram(), edited.ToEngineProgram());
        var effectiveFromUtc = ProgramVersions.EffectiveInstant(effectiveDay, DateTime.UtcNow, versions);
        var saving = ProgramVersions.Saving(changed, await _entryRepository.Table.AnyAsync(entry => entry.ProgramId == program.Id),
            versions, effectiveFromUtc);
        if (saving == VersionedSave.BeforeLatest)
            return saving;

        using var transaction = new TransactionScope(TransactionScopeAsyncFlowOption.Enabled);

        switch (saving)
        {
            case VersionedSave.NewVersion:
                if (rows.Count == 0)
                    await InsertAsync(program.Id, null, stored, []);
                await InsertAsync(program.Id, effectiveFromUtc, edited, changed);
                break;
            case VersionedSave.ReplaceLatest:
                var latest = rows[^1];
                var before = rows.Count > 1 ? versions[^2].Program : stored.ToEngineProgram();
                latest.Terms = ProgramTermsSnapshot.Write(edited);
                latest.ChangedTerms = Codes(ProgramVersions.ChangedTerms(before, edited.ToEngineProgram()));
                await _versionRepository.UpdateAsync(latest);
                break;
        }

        await _programService.SaveAsync(edited);
        transaction.Complete();

        return saving;
    }

    #endregion
}
