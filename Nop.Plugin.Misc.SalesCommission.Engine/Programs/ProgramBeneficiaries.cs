namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>Whom a program pays when they are credited.</summary>
/// <param name="Staff">Staff ids; empty for every credited staff member.</param>
/// <param name="Partners">Partner ids; empty for none (unless <paramref name="AllPartners"/>).</param>
/// <param name="AllPartners">True to pay every credited partner.</param>
public sealed record ProgramBeneficiaries(IReadOnlyList<string> Staff, IReadOnlyList<string> Partners, bool AllPartners)
{
    /// <summary>Every credited staff member and no partner.</summary>
    public static ProgramBeneficiaries AllStaff { get; } = new([], [], false);
}
