using Microsoft.AspNetCore.Mvc;
using Nop.Core;
using Nop.Plugin.Misc.SalesCommission.Factories;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Plugin.Misc.SalesCommission.Services;
using Nop.Services.Customers;
using Nop.Web.Controllers;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>
/// The staff members' pages in the storefront: their own commission, their team's (managers) and their receipts'
/// statements. A guest is sent to log in; anyone asking for data they may not see gets "page not found", so the
/// pages do not even tell that the data exists.
/// </summary>
[AutoValidateAntiforgeryToken]
public class CommissionCustomerController : BasePublicController
{
    private const string ViewPath = "~/Plugins/Misc.SalesCommission/Views/Customer/";

    private readonly ICustomerService _customerService;
    private readonly IRepStatementModelFactory _repStatementModelFactory;
    private readonly IRepStatementService _repStatementService;
    private readonly IWorkContext _workContext;

    /// <summary>Creates the controller.</summary>
    public CommissionCustomerController(ICustomerService customerService,
        IRepStatementModelFactory repStatementModelFactory,
        IRepStatementService repStatementService,
        IWorkContext workContext)
    {
        _customerService = customerService;
        _repStatementModelFactory = repStatementModelFactory;
        _repStatementService = repStatementService;
        _workContext = workContext;
    }

    /// <summary>Shows a staff member's commission: the viewer's own, or a team member's for their manager.</summary>
    /// <param name="staffCustomerId">The team member to show; null for the viewer's own.</param>
    /// <param name="pageNumber">The page of entries, from 1.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the page.</returns>
    [HttpGet]
    public async Task<IActionResult> MyCommissions(int? staffCustomerId, int pageNumber = 1)
    {
        var viewer = await _workContext.GetCurrentCustomerAsync();
        if (!await _customerService.IsRegisteredAsync(viewer))
            return Challenge();

        var staffId = staffCustomerId ?? viewer.Id;
        var visibility = await _repStatementService.GetTeamVisibilityAsync();
        if (!visibility.MaySee(EngineId.Of(viewer.Id), EngineId.Of(staffId)))
            return NotFound();

        var model = await _repStatementModelFactory.PrepareMyCommissionsModelAsync(viewer.Id, staffId, visibility, pageNumber);
        return View($"{ViewPath}MyCommissions.cshtml", model);
    }

    /// <summary>Shows the statement of a receipt of the viewer or of a member of their team.</summary>
    /// <param name="receiptId">The receipt id.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the page.</returns>
    [HttpGet]
    public async Task<IActionResult> ReceiptStatement(int receiptId)
    {
        var viewer = await _workContext.GetCurrentCustomerAsync();
        if (!await _customerService.IsRegisteredAsync(viewer))
            return Challenge();

        var receipt = await _repStatementService.GetStatementReceiptAsync(receiptId);
        if (receipt is null)
            return NotFound();

        var visibility = await _repStatementService.GetTeamVisibilityAsync();
        if (!visibility.MaySee(EngineId.Of(viewer.Id), EngineId.Of(receipt.BeneficiaryId)))
            return NotFound();

        var model = await _repStatementModelFactory.PrepareReceiptStatementModelAsync(receipt);
        return View($"{ViewPath}ReceiptStatement.cshtml", model);
    }
}
