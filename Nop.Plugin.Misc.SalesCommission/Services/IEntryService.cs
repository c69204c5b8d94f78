using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads the commission ledger for the admin pages: entry searches and the names entries refer to.</summary>
public interface IEntryService
{
    /// <summary>Searches entries, newest order first.</summary>
    /// <param name="search">The filters.</param>
    /// <param name="pageIndex">Page index.</param>
    /// <param name="pageSize">Page size.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the page of entries.</returns>
    Task<IPagedList<CommissionEntry>> SearchEntriesAsync(EntrySearch search, int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>Sums the entries a search finds.</summary>
    /// <param name="search">The filters.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the sum of their amounts.</returns>
    Task<decimal> SumEntriesAsync(EntrySearch search);

    /// <summary>Gets the display names of beneficiaries: a staff member's full name (else e-mail), a partner's name.</summary>
    /// <param name="beneficiaries">The beneficiaries.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the names by type and id.</returns>
    Task<IDictionary<(BeneficiaryType Type, int Id), string>> GetBeneficiaryNamesAsync(IEnumerable<(BeneficiaryType Type, int Id)> beneficiaries);

    /// <summary>Gets every staff member and partner, by name, for filters and pickers.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the beneficiaries and their names.</returns>
    Task<IList<(BeneficiaryType Type, int Id, string Name)>> GetAllBeneficiariesAsync();

    /// <summary>Gets the names of programs, deleted ones included.</summary>
    /// <param name="programIds">The program ids.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the names by id.</returns>
    Task<IDictionary<int, string>> GetProgramNamesAsync(IEnumerable<int> programIds);

    /// <summary>Gets the programs that are not deleted, by name.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the programs.</returns>
    Task<IList<CommissionProgram>> GetProgramsAsync();
}
