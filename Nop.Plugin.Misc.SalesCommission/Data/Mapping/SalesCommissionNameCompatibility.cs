using Nop.Data.Mapping;
using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Data.Mapping;

/// <summary>Gives every plugin table the "SalesCommission_" prefix.</summary>
public class SalesCommissionNameCompatibility : INameCompatibility
{
    /// <summary>The entity types of the plugin, in creation order (parents before children).</summary>
    public static readonly Type[] EntityTypes =
    [
        typeof(CommissionProgram), typeof(ProgramProductLadder), typeof(ProgramBand), typeof(ProgramProductRule), typeof(ProgramQuantityRule),
        typeof(ProgramScopeItem), typeof(ProgramBeneficiary), typeof(ProgramOverrideLevel), typeof(StaffProfile),
        typeof(ClientAssignment), typeof(ClientGroupAssignment), typeof(OrderSellerAssignment), typeof(CommissionPartner),
        typeof(PartnerClient), typeof(CommissionEntry), typeof(PeriodCredit), typeof(CommissionReceipt), typeof(ReceiptLine),
        typeof(CommissionExpense), typeof(CommissionTarget), typeof(RecalculationRun), typeof(OrderEventRecord),
        typeof(StaffCreditedSale), typeof(LedgerLock), typeof(OrderCrediting), typeof(OrderCreditingShare), typeof(ProgramTermsVersion),
        typeof(ClosedPeriod), typeof(CommissionDispute), typeof(DisputeMessage), typeof(CommissionJob),
        typeof(ReportTotal)
    ];

    /// <summary>Table names by entity type.</summary>
    public Dictionary<Type, string> TableNames => EntityTypes.ToDictionary(type => type, type => $"SalesCommission_{type.Name}");

    /// <summary>Column names (none renamed).</summary>
    public Dictionary<(Type, string), string> ColumnName => new();
}
