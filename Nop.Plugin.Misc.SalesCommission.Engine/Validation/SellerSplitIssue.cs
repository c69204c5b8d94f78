namespace Nop.Plugin.Misc.SalesCommission.Engine.Validation;

/// <summary>What is wrong with an order's seller assignment (rules §2).</summary>
public enum SellerSplitIssue
{
    /// <summary>A split is not above 0 or is above 100.</summary>
    SplitOutOfRange = 0,

    /// <summary>The same staff member is named twice.</summary>
    DuplicateSeller = 1,

    /// <summary>The seller is not a staff member.</summary>
    UnknownStaff = 2,

    /// <summary>The splits do not add up to exactly 100.</summary>
    TotalNot100 = 3,

    /// <summary>A row has a split but names no staff member.</summary>
    NoStaffChosen = 4
}
