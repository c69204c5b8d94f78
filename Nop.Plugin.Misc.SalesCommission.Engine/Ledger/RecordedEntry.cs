namespace Nop.Plugin.Misc.SalesCommission.Engine.Ledger;

/// <summary>An entry as stored by a host, with its id and whether an approved or paid receipt holds it.</summary>
/// <param name="Id">The host's id of the entry.</param>
/// <param name="Entry">The entry.</param>
/// <param name="Locked">True when the entry is in an approved or paid receipt: it is never edited or removed.</param>
public sealed record RecordedEntry(long Id, LedgerEntry Entry, bool Locked);
