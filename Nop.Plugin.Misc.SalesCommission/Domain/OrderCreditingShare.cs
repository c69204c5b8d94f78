using Nop.Core;

namespace Nop.Plugin.Misc.SalesCommission.Domain;

/// <summary>A staff member or partner credited for an order when it was paid, with the split and, for staff, the manager chain its overrides pay.</summary>
public class OrderCreditingShare : BaseEntity
{
    /// <summary>The longest manager chain kept, in characters of comma-separated customer ids.</summary>
    public const int ManagerIdsLength = 1000;

    /// <summary>The order.</summary>
    public int OrderId { get; set; }

    /// <summary>Staff or partner (Engine BeneficiaryType).</summary>
    public int BeneficiaryTypeId { get; set; }

    /// <summary>The staff member's customer id or the partner's id.</summary>
    public int BeneficiaryId { get; set; }

    /// <summary>The credited share in percent (partners: 100).</summary>
    public decimal Split { get; set; }

    /// <summary>The position in the crediting: staff in assignment order, then partners.</summary>
    public int DisplayOrder { get; set; }

    /// <summary>Staff: the managers above them when the order was credited, nearest first, as comma-separated customer ids; empty otherwise.</summary>
    public string ManagerIds { get; set; }
}
