using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Nop.Web.Framework;
using Nop.Web.Framework.Mvc.Routing;
using Nop.Web.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Infrastructure;

/// <summary>Registers the plugin's named routes: its configuration page and the staff members' storefront pages.</summary>
public class RouteProvider : BaseRouteProvider, IRouteProvider
{
    /// <summary>Registers the routes.</summary>
    /// <param name="endpointRouteBuilder">Route builder.</param>
    public void RegisterRoutes(IEndpointRouteBuilder endpointRouteBuilder)
    {
        endpointRouteBuilder.MapControllerRoute(name: SalesCommissionDefaults.ConfigurationRouteName,
            pattern: "Admin/CommissionSettings/Configure",
            defaults: new { controller = "CommissionSettings", action = "Configure", area = AreaNames.ADMIN });

        var lang = GetLanguageRoutePattern();

        endpointRouteBuilder.MapControllerRoute(name: SalesCommissionDefaults.MyCommissionsRouteName,
            pattern: $"{lang}/customer/commissions",
            defaults: new { controller = "CommissionCustomer", action = "MyCommissions" });

        endpointRouteBuilder.MapControllerRoute(name: SalesCommissionDefaults.ReceiptStatementRouteName,
            pattern: $"{lang}/customer/commissions/receipt/{{receiptId:min(0)}}",
            defaults: new { controller = "CommissionCustomer", action = "ReceiptStatement" });

        endpointRouteBuilder.MapControllerRoute(name: SalesCommissionDefaults.MyDisputesRouteName,
            pattern: $"{lang}/customer/commissions/disputes",
            defaults: new { controller = "CommissionDisputeCustomer", action = "MyDisputes" });

        endpointRouteBuilder.MapControllerRoute(name: SalesCommissionDefaults.OpenDisputeRouteName,
            pattern: $"{lang}/customer/commissions/dispute/new",
            defaults: new { controller = "CommissionDisputeCustomer", action = "OpenDispute" });

        endpointRouteBuilder.MapControllerRoute(name: SalesCommissionDefaults.DisputeRouteName,
            pattern: $"{lang}/customer/commissions/dispute/{{disputeId:min(0)}}",
            defaults: new { controller = "CommissionDisputeCustomer", action = "Dispute" });
    }

    /// <summary>Gets the priority of the route provider.</summary>
    public int Priority => 0;
}
