using Nop.Plugin.Misc.SalesCommission.Domain;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Words entries' derivations for the reader: the plugin's explanation templates in the working language, the store's
/// money format, and the names of products, categories and staff.
/// </summary>
public interface IExplanationService
{
    /// <summary>Gets the explanations of stored entries: each derivation worded, or the stored text of an entry written before derivations.</summary>
    /// <param name="entries">The entries.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains one explanation per entry, in order.</returns>
    Task<IReadOnlyList<string>> ExplainAsync(IReadOnlyList<CommissionEntry> entries);

    /// <summary>Gets derivations in words (an empty text for none).</summary>
    /// <param name="derivations">The derivations.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains one text per derivation, in order.</returns>
    Task<IReadOnlyList<string>> RenderAsync(IReadOnlyList<Derivation?> derivations);
}
