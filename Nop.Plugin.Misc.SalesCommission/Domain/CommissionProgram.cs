using Nop.Core;
using Nop.Core.Domain.Common;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// A commission program: its type, basis, terms, caps and validity (rules §3). Bands, rules, product ladders, scope, exclusions, beneficiaries and override levels are child rows.
/// </summary>
public class CommissionProgram : BaseEntity, ISoftDeletedEntity
{
    /// <summary>The longest name the program table keeps.</summary>
    public const int NameLength = 400;

    /// <summary>The program's name.</summary>
    public string Name { get; set; }

    /// <summary>The calculation type (Engine ProgramType).</summary>
    public int ProgramTypeId { get; set; }

    /// <summary>The basis (Engine CommissionBasis).</summary>
    public int BasisId { get; set; }

    /// <summary>Higher wins under the HighestPriority stacking policy.</summary>
    public int Priority { get; set; }

    /// <summary>Whether the program pays.</summary>
    public bool Active { get; set; }

    /// <summary>First paid date the program applies to (inclusive), or null.</summary>
    public DateTime? ValidFromUtc { get; set; }

    /// <summary>Last paid date the program applies to (inclusive), or null.</summary>
    public DateTime? ValidToUtc { get; set; }

    /// <summary>PercentOfOrder rate; FirstOrder regular rate.</summary>
    public decimal? Rate { get; set; }

    /// <summary>PercentOfOrder fixed amount per order.</summary>
    public decimal? FixedAmount { get; set; }

    /// <summary>Ladder mode (Engine LadderMode).</summary>
    public int LadderModeId { get; set; }

    /// <summary>Ladder window (Engine LadderWindow).</summary>
    public int LadderWindowId { get; set; }

    /// <summary>PercentPerProduct rate for lines no rule covers.</summary>
    public decimal DefaultRate { get; set; }

    /// <summary>FirstOrder: how many first orders get the first-order rate.</summary>
    public int FirstOrderCount { get; set; }

    /// <summary>FirstOrder: the first-order rate.</summary>
    public decimal? FirstOrderRate { get; set; }

    /// <summary>
    /// A type that carries its own terms (Engine TypeTermsJson): its terms as a JSON object; null for the other types,
    /// whose terms are the columns above and the child rows.
    /// </summary>
    public string TypeTerms { get; set; }

    /// <summary>Accelerator: the attainment of the beneficiary's target (percent) above which commission is accelerated; null for none.</summary>
    public decimal? AcceleratorThresholdPercent { get; set; }

    /// <summary>Accelerator: the factor commission above the threshold is multiplied by (e.g. 1.5); null for none.</summary>
    public decimal? AcceleratorFactor { get; set; }

    /// <summary>The most one Direct entry pays (rules §3.4), or null for no cap.</summary>
    public decimal? CapPerOrder { get; set; }

    /// <summary>The calendar period of the cap per period (Engine LadderWindow: Month, Quarter or Year), or null for no cap.</summary>
    public int? CapPerPeriodWindowId { get; set; }

    /// <summary>The most one beneficiary's Direct entries of one period add up to, or null for no cap.</summary>
    public decimal? CapPerPeriodAmount { get; set; }

    /// <summary>The days its entries are held before they are payable (rules §6), or null to follow the store's setting.</summary>
    public int? HoldDays { get; set; }

    /// <summary>True to pay every credited partner.</summary>
    public bool AllPartners { get; set; }

    /// <summary>When the program was created.</summary>
    public DateTime CreatedOnUtc { get; set; }

    /// <summary>When the program was last changed.</summary>
    public DateTime UpdatedOnUtc { get; set; }

    /// <summary>Soft deletion: entries keep pointing at the program.</summary>
    public bool Deleted { get; set; }
}
