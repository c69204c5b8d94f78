namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>The kinds of background work; one job of a kind runs at a time.</summary>
public enum JobKind
{
    /// <summary>A recalculation that writes nothing.</summary>
    RecalculationPreview = 1,

    /// <summary>A recalculation that writes its changes.</summary>
    RecalculationApply = 2,

    /// <summary>A program as edited run over paid orders.</summary>
    Simulation = 3,

    /// <summary>Draft receipts for every beneficiary (or the chosen ones).</summary>
    ReceiptDrafts = 4
}
