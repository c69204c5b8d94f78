using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads, saves and deletes commission programs with their bands, rules, scope, beneficiaries and override levels.</summary>
public interface IProgramService
{
    /// <summary>Searches programs that are not deleted.</summary>
    /// <param name="name">Part of the name, or null.</param>
    /// <param name="programTypeId">The type (Engine ProgramType), or null for all.</param>
    /// <param name="active">True for active, false for inactive, null for both.</param>
    /// <param name="pageIndex">Page index.</param>
    /// <param name="pageSize">Page size.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the page of programs by name.</returns>
    Task<IPagedList<CommissionProgram>> SearchProgramsAsync(string name, int? programTypeId, bool? active,
        int pageIndex = 0, int pageSize = int.MaxValue);

    /// <summary>Gets a program that is not deleted.</summary>
    /// <param name="programId">The program id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the program, or null.</returns>
    Task<CommissionProgram> GetProgramByIdAsync(int programId);

    /// <summary>Gets a program with its child rows.</summary>
    /// <param name="programId">The program id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the definition, or null when there is no such program.</returns>
    Task<ProgramDefinition> GetDefinitionAsync(int programId);

    /// <summary>Gets programs with their child rows, in the order given.</summary>
    /// <param name="programs">The program rows.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains one definition per program.</returns>
    Task<IList<ProgramDefinition>> GetDefinitionsAsync(IList<CommissionProgram> programs);

    /// <summary>Finds the ids a definition names that the store does not have (products, categories, stores, roles, clients, staff, partners).</summary>
    /// <param name="definition">The definition.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the unknown ids; none means it may be saved.</returns>
    Task<IList<UnknownProgramReference>> FindUnknownReferencesAsync(ProgramDefinition definition);

    /// <summary>Inserts or updates a program and replaces its child rows, all or nothing.</summary>
    /// <param name="definition">The definition; its program id is 0 for a new program and set on insert.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    Task SaveAsync(ProgramDefinition definition);

    /// <summary>Deletes a program softly: its entries keep pointing at it.</summary>
    /// <param name="program">The program.</param>
    /// <returns>A task that represents the asynchronous operation.</returns>
    Task DeleteProgramAsync(CommissionProgram program);
}
