namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>A client (customer) with its client groups and its account owners.</summary>
/// <param name="Id">The client's id.</param>
/// <param name="Groups">The client groups (customer roles) the client belongs to.</param>
/// <param name="Owners">The staff owning the account, with splits; empty when nobody owns it.</param>
public sealed record Client(string Id, IReadOnlyList<string> Groups, IReadOnlyList<StaffShare> Owners);
