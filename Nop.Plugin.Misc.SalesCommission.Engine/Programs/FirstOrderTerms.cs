namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>The first-order terms: the rate paid on a client's first <paramref name="Count"/> paid orders in a store.</summary>
/// <param name="Count">How many first orders get the special rate (at least 1).</param>
/// <param name="Rate">The special rate in percent.</param>
public sealed record FirstOrderTerms(int Count, decimal Rate);
