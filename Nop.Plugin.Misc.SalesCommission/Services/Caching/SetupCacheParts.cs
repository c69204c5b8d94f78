using Nop.Core;
using Nop.Core.Domain.Catalog;
using Nop.Core.Domain.Customers;
using Nop.Plugin.Misc.SalesCommission.Domain;
using static Nop.Plugin.Misc.SalesCommission.Services.Caching.SetupCacheClearing;
using ProgramRow = Nop.Plugin.Misc.SalesCommission.Domain.CommissionProgram;

namespace Nop.Plugin.Misc.SalesCommission.Services.Caching;

/// <summary>
/// The one list of the commission setup's cached parts and of the changes that clear each of them. Every row the
/// setup is built from is named here: a new table the setup reads needs its line here and a one-line
/// <see cref="SetupCacheEventConsumer{TEntity}"/> (or <see cref="HostSetupCacheEventConsumer{TEntity}"/>) for its entity.
/// </summary>
/// <remarks>
/// The parts (keys in <see cref="SalesCommissionDefaults"/>): programs with their child rows; their stored versions; staff (role members and
/// profiles); partners with their linked clients; client-group owners; targets; the category tree; one entry per client
/// (groups and owners) and one per product (categories, gift card). The settings and the customer roles come from the
/// host's own cache.
/// </remarks>
public static class SetupCacheParts
{
    /// <summary>What a change to a row clears (insert, update or delete alike).</summary>
    /// <param name="entity">The row that changed.</param>
    /// <returns>The keys and prefixes to remove; empty when the setup does not depend on the row.</returns>
    public static IReadOnlyList<SetupCacheClearing> ClearedBy(BaseEntity entity) => entity switch
    {
        ProgramRow or ProgramBand or ProgramProductLadder or ProgramProductRule or ProgramQuantityRule or ProgramScopeItem
            or ProgramBeneficiary or ProgramOverrideLevel => [Of(SalesCommissionDefaults.ProgramsCacheKey)],
        StaffProfile => [AllUnder(SalesCommissionDefaults.StaffCachePrefix)],
        CommissionPartner or PartnerClient => [Of(SalesCommissionDefaults.PartnersCacheKey)],
        ClientAssignment owner => [Of(SalesCommissionDefaults.ClientCacheKey, owner.CustomerId)],
        ClientGroupAssignment => [Of(SalesCommissionDefaults.GroupOwnersCacheKey)],
        CommissionTarget => [Of(SalesCommissionDefaults.TargetsCacheKey)],
        ProgramTermsVersion => [Of(SalesCommissionDefaults.ProgramVersionsCacheKey)],

        //host rows: role membership makes staff (only the rep role's key: every new visitor joins the guests role)
        //and client groups; a deleted customer is no longer staff
        CustomerCustomerRoleMapping mapping =>
            [Of(SalesCommissionDefaults.ClientCacheKey, mapping.CustomerId), Of(SalesCommissionDefaults.StaffCacheKey, mapping.CustomerRoleId)],
        Customer { Deleted: true } => [AllUnder(SalesCommissionDefaults.StaffCachePrefix)],
        //a renamed rep role, or a deleted role whose memberships the database removes without events
        CustomerRole => [AllUnder(SalesCommissionDefaults.StaffCachePrefix), AllUnder(SalesCommissionDefaults.ClientCachePrefix)],
        Product product => [Of(SalesCommissionDefaults.ProductCacheKey, product.Id)],
        ProductCategory mapping => [Of(SalesCommissionDefaults.ProductCacheKey, mapping.ProductId)],
        Category => [Of(SalesCommissionDefaults.CategoriesCacheKey)],
        _ => []
    };
}
