namespace Nop.Plugin.Misc.SalesCommission.Engine.Receipts;

/// <summary>Whether a receipt action is allowed, the receipt's status after it, and why not when refused.</summary>
/// <param name="Allowed">True when the action may go ahead.</param>
/// <param name="Status">The receipt's status after the action (unchanged when refused).</param>
/// <param name="EntryStatus">The status of the receipt's entries after the action.</param>
/// <param name="Refusal">Why the action is refused, in English, or null.</param>
/// <param name="Reason">Why the action is refused, as a code a user interface can translate, or null.</param>
public sealed record ReceiptDecision(bool Allowed, ReceiptStatus Status, EntryStatus EntryStatus, string? Refusal, ReceiptRefusal? Reason = null);
