using Nop.Services.Security;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Whether the current admin may answer disputes, as the disputes page admits them: holding any of
/// <see cref="SalesCommissionPermissionConfigManager.AnswerDisputes"/>. The menu and the dashboard badge ask it.
/// </summary>
public class DisputeAccess : IDisputeAccess
{
    #region Fields

    private readonly IPermissionService _permissionService;

    #endregion

    #region Ctor

    /// <summary>Creates the service.</summary>
    public DisputeAccess(IPermissionService permissionService)
    {
        _permissionService = permissionService;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public virtual async Task<string> HeldPermissionAsync()
    {
        foreach (var permission in SalesCommissionPermissionConfigManager.AnswerDisputes)
        {
            if (await _permissionService.AuthorizeAsync(permission))
                return permission;
        }

        return null;
    }

    #endregion
}
