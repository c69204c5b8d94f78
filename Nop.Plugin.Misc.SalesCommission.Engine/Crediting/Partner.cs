namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>A partner: credited in full for orders of its affiliate or of the clients linked to it.</summary>
/// <param name="Id">The partner's id.</param>
/// <param name="AffiliateId">The affiliate whose orders credit this partner, or null.</param>
/// <param name="ClientIds">The clients whose orders credit this partner.</param>
public sealed record Partner(string Id, string? AffiliateId, IReadOnlyList<string> ClientIds);
