namespace Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

/// <summary>Whom an entry pays.</summary>
public enum BeneficiaryType
{
    /// <summary>A staff member (sales representative or manager).</summary>
    Staff = 0,

    /// <summary>A partner (affiliate or linked customer).</summary>
    Partner = 1
}
