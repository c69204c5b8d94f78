namespace Nop.Plugin.Misc.SalesCommission.Engine.Explanations;

/// <summary>
/// What a planned entry keeps to build its derivation when it is first read (written to the ledger or shown): the engine
/// plans many entries whose derivation nobody reads (a simulation's or a recalculation's unchanged entries).
/// </summary>
internal interface IDerivationSource
{
    /// <summary>Builds the derivation; called at most once per entry.</summary>
    Derivation Derive();
}
