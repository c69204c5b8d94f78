using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>
/// One ladder of a ProductLadder program (rules §3.2.6): the product or the category it covers, or neither for the
/// program's default ladder; its bands are <see cref="ProgramBand"/> rows linked by <see cref="ProgramBand.ProductLadderId"/>.
/// </summary>
public class ProgramProductLadder : BaseEntity
{
    /// <summary>The program.</summary>
    public int ProgramId { get; set; }

    /// <summary>The product it covers, or null.</summary>
    public int? ProductId { get; set; }

    /// <summary>The category it covers (with its subcategories), or null.</summary>
    public int? CategoryId { get; set; }

    /// <summary>Marginal or whole-amount (Engine LadderMode).</summary>
    public int LadderModeId { get; set; }

    /// <summary>Per order or a calendar period (Engine LadderWindow).</summary>
    public int LadderWindowId { get; set; }

    /// <summary>The order the ladder was entered in: at equal distance the ladder listed first wins a tie.</summary>
    public int DisplayOrder { get; set; }
}
