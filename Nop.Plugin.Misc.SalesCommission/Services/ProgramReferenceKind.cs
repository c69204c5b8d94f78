namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>What a program's id names, when checked against the store before it is saved.</summary>
public enum ProgramReferenceKind
{
    /// <summary>A product of a product or quantity rule.</summary>
    Product = 1,

    /// <summary>A category of a product or quantity rule.</summary>
    Category = 2,

    /// <summary>A store of the scope.</summary>
    Store = 3,

    /// <summary>A client group (customer role) of the scope.</summary>
    ClientGroup = 4,

    /// <summary>A client (customer) of the scope.</summary>
    Client = 5,

    /// <summary>A staff member the program pays.</summary>
    Staff = 6,

    /// <summary>A partner the program pays.</summary>
    Partner = 7
}
