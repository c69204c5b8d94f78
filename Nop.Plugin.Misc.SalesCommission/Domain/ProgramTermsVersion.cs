using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A version of a program's money terms (rules §5): the terms in force for orders paid from its effective instant until
/// the next version's. Kept as a snapshot of the program's rows, so that an order is recalculated under the terms it was
/// paid under. A program has versions only once its money terms changed while it had entries.
/// </summary>
public class ProgramTermsVersion : BaseEntity
{
    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>The first paid instant the terms apply to (UTC); null for the program's first terms, in force before every later version.</summary>
    public DateTime? EffectiveFromUtc { get; set; }

    /// <summary>The terms: the program row and its child rows as JSON (see <c>ProgramTermsSnapshot</c>).</summary>
    public string Terms { get; set; }

    /// <summary>The money terms this version changed from the one before (Engine ProgramTerm values, comma-separated); empty for the first.</summary>
    public string ChangedTerms { get; set; }

    /// <summary>When the version was saved.</summary>
    public DateTime CreatedOnUtc { get; set; }
}
