namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>What a program's scope item names.</summary>
public enum ScopeType
{
    /// <summary>A store.</summary>
    Store = 1,

    /// <summary>A client group (customer role).</summary>
    ClientGroup = 2,

    /// <summary>A client (customer).</summary>
    Client = 3
}
