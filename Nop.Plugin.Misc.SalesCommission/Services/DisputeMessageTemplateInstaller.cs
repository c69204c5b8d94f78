namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Installs the two dispute message templates (to the office, to the staff member; their texts in each language:
/// <see cref="MessageTemplateLocalizer"/>); the store can edit them in Content › Message templates.
/// </summary>
public class DisputeMessageTemplateInstaller
{
    /// <summary>The template sent to the office when a staff member opens or answers a dispute.</summary>
    public const string OfficeTemplateSystemName = "SalesCommission.Dispute.OfficeNotification";

    /// <summary>The template sent to the staff member when the office answers, resolves or refuses.</summary>
    public const string StaffTemplateSystemName = "SalesCommission.Dispute.StaffNotification";

    /// <summary>The dispute tokens the templates may use.</summary>
    public static readonly string[] Tokens =
    [
        "%CommissionDispute.Reference%", "%CommissionDispute.Order%", "%CommissionDispute.Staff%", "%CommissionDispute.Status%",
        "%CommissionDispute.Message%", "%CommissionDispute.URL%"
    ];

    private readonly MessageTemplateInstaller _messageTemplateInstaller;

    /// <summary>Creates the installer.</summary>
    public DisputeMessageTemplateInstaller(MessageTemplateInstaller messageTemplateInstaller)
    {
        _messageTemplateInstaller = messageTemplateInstaller;
    }

    /// <summary>Adds the templates unless they exist (a reinstall keeps the store's edits).</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task InstallAsync()
    {
        await _messageTemplateInstaller.InstallAsync(OfficeTemplateSystemName);
        await _messageTemplateInstaller.InstallAsync(StaffTemplateSystemName);
    }

    /// <summary>Deletes the templates.</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public async Task UninstallAsync()
    {
        await _messageTemplateInstaller.UninstallAsync(OfficeTemplateSystemName);
        await _messageTemplateInstaller.UninstallAsync(StaffTemplateSystemName);
    }
}
