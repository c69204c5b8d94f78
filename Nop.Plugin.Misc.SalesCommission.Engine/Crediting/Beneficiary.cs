namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>A beneficiary credited for an order, with the share of the order credited to them.</summary>
/// <param name="Type">Staff or partner.</param>
/// <param name="Id">The staff or partner id.</param>
/// <param name="Split">The credited share in percent (partners: always 100).</param>
public readonly record struct Beneficiary(BeneficiaryType Type, string Id, decimal Split);
