using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;
using Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>One line of the commission ledger: one beneficiary, one order, one program, one kind, one amount.</summary>
/// <param name="OrderId">The order.</param>
/// <param name="ProgramId">The program.</param>
/// <param name="BeneficiaryType">Staff or partner.</param>
/// <param name="BeneficiaryId">Whom it pays.</param>
/// <param name="Kind">What it records.</param>
/// <param name="Level">0 for direct commission, the override level otherwise.</param>
/// <param name="Base">Direct: the credited base; Override: what its percentage applied to; Clawback: the refund; Reversal: 0.</param>
/// <param name="Amount">The amount, rounded once to the cent.</param>
/// <param name="Derivation">How the amount was derived (a renderer words it); null for an entry a host stored before derivations.</param>
public sealed record LedgerEntry(
    string OrderId,
    string ProgramId,
    BeneficiaryType BeneficiaryType,
    string BeneficiaryId,
    EntryKind Kind,
    int Level,
    decimal Base,
    decimal Amount,
    Derivation? Derivation)
{
    /// <summary>The derivation, or the source it is built from until it is first read.</summary>
    private object? _derivation = Derivation;

    private LedgerEntry(
        string orderId, string programId, BeneficiaryType beneficiaryType, string beneficiaryId, EntryKind kind, int level, decimal baseAmount,
        decimal amount, IDerivationSource source)
        : this(orderId, programId, beneficiaryType, beneficiaryId, kind, level, baseAmount, amount, (Derivation?)null) =>
        _derivation = source;

    /// <summary>How the amount was derived (a renderer words it); null for an entry a host stored before derivations.</summary>
    public Derivation? Derivation
    {
        get
        {
            var derivation = Volatile.Read(ref _derivation);
            if (derivation is IDerivationSource source)
                Volatile.Write(ref _derivation, derivation = source.Derive());
            return (Derivation?)derivation;
        }
        init => _derivation = value;
    }

    /// <summary>The group this entry belongs to.</summary>
    public EntryGroup Group => new(ProgramId, BeneficiaryType, BeneficiaryId, Level);

    /// <summary>True for the entries that earn commission (Direct, Override, Adjustment) rather than take it back.</summary>
    public bool IsEarning => Kind is EntryKind.Direct or EntryKind.Override or EntryKind.Adjustment;

    /// <summary>A new entry of another kind in the same group.</summary>
    public LedgerEntry Follow(EntryKind kind, decimal baseAmount, decimal amount, Derivation derivation) =>
        this with { Kind = kind, Base = Money.Round(baseAmount), Amount = Money.Round(amount), Derivation = derivation };

    /// <summary>A planned entry whose derivation is built from its source the first time it is read (when it is written or shown).</summary>
    internal static LedgerEntry Planned(
        string orderId, string programId, BeneficiaryType beneficiaryType, string beneficiaryId, EntryKind kind, int level, decimal baseAmount,
        decimal amount, IDerivationSource derivation) =>
        new(orderId, programId, beneficiaryType, beneficiaryId, kind, level, baseAmount, amount, derivation);

    /// <summary>True when both record the same entry with the same derivation (a pending derivation is built to compare).</summary>
    public bool Equals(LedgerEntry? other) =>
        ReferenceEquals(this, other)
        || (other is not null && OrderId == other.OrderId && ProgramId == other.ProgramId && BeneficiaryType == other.BeneficiaryType
            && BeneficiaryId == other.BeneficiaryId && Kind == other.Kind && Level == other.Level && Base == other.Base && Amount == other.Amount
            && Equals(Derivation, other.Derivation));

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(OrderId, ProgramId, BeneficiaryType, BeneficiaryId, Kind, Level, Base, Amount);
}
