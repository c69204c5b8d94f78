namespace Nop.Plugin.Misc.SalesCommission.Engine.Disputes;

/// <summary>What the rep or the office does with a dispute.</summary>
public enum DisputeAction
{
    /// <summary>Add a message to the thread (the rep or the office).</summary>
    Reply = 0,

    /// <summary>Resolve it by an adjustment entry.</summary>
    Resolve = 1,

    /// <summary>Refuse it with a reason.</summary>
    Refuse = 2
}
