using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>
/// The rows the commission setup is built from, read once and kept in the host's static cache until a change clears
/// them (<see cref="SetupCacheParts"/>). Callers must not change what they get: it is shared.
/// </summary>
public interface ICommissionSetupCache
{
    /// <summary>The programs that are not deleted, by id, with their child rows.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the definitions.</returns>
    Task<IList<ProgramDefinition>> GetProgramsAsync();

    /// <summary>The active partners with their linked clients.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the partners.</returns>
    Task<SetupPartners> GetPartnersAsync();

    /// <summary>The stored versions of programs' terms, oldest first.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the versions</returns>
    Task<IList<ProgramTermsVersion>> GetProgramVersionsAsync();

    /// <summary>The staff owners of client groups, by id.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the owners.</returns>
    Task<IList<ClientGroupAssignment>> GetGroupOwnersAsync();

    /// <summary>The targets, by id.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the targets.</returns>
    Task<IList<CommissionTarget>> GetTargetsAsync();

    /// <summary>The categories that are not deleted, by id.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the categories.</returns>
    Task<IList<SetupCategory>> GetCategoriesAsync();

    /// <summary>Some clients' groups and owners; the ones not cached yet are read together.</summary>
    /// <param name="customerIds">The clients' customer ids.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains one entry per id, in the same order.</returns>
    Task<IList<SetupClient>> GetClientsAsync(IReadOnlyList<int> customerIds);

    /// <summary>Some products' categories and gift card flags; the ones not cached yet are read together.</summary>
    /// <param name="productIds">The product ids.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains one entry per id, in the same order.</returns>
    Task<IList<SetupProduct>> GetProductsAsync(IReadOnlyList<int> productIds);
}
