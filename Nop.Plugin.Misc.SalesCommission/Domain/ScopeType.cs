namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>What a program's scope item names: a store, client group or client it is limited to, or a product or category it leaves out.</summary>
public enum ScopeType
{
    /// <summary>A store.</summary>
    Store = 1,

    /// <summary>A client group (customer role).</summary>
    ClientGroup = 2,

    /// <summary>A client (customer).</summary>
    Client = 3,

    /// <summary>A product whose lines the program leaves out of its basis (rules §3.1).</summary>
    ExcludedProduct = 4,

    /// <summary>A category whose lines (with its subcategories') the program leaves out of its basis (rules §3.1).</summary>
    ExcludedCategory = 5
}
