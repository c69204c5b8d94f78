using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Ledger;
using Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The filters of a ledger search; a null filter does not limit.</summary>
public sealed record EntrySearch
{
    /// <summary>Staff or partner.</summary>
    public BeneficiaryType? BeneficiaryType { get; init; }

    /// <summary>The staff member's customer id or the partner id.</summary>
    public int? BeneficiaryId { get; init; }

    /// <summary>The program.</summary>
    public int? ProgramId { get; init; }

    /// <summary>The entry kind.</summary>
    public EntryKind? Kind { get; init; }

    /// <summary>The entry status.</summary>
    public EntryStatus? Status { get; init; }

    /// <summary>Orders paid on or after (UTC).</summary>
    public DateTime? PaidFromUtc { get; init; }

    /// <summary>Orders paid before (UTC, exclusive).</summary>
    public DateTime? PaidToUtc { get; init; }

    /// <summary>The order.</summary>
    public int? OrderId { get; init; }
}
