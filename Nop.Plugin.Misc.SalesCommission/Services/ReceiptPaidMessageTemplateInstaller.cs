namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>
/// Installs the message template that tells a staff member their receipt was paid (its texts in each language:
/// <see cref="MessageTemplateLocalizer"/>); the store can edit it in Content › Message templates.
/// </summary>
public class ReceiptPaidMessageTemplateInstaller
{
    /// <summary>The message template's system name.</summary>
    public const string TemplateSystemName = "SalesCommission.ReceiptPaid.StaffNotification";

    /// <summary>The receipt tokens the template may use.</summary>
    public static readonly string[] Tokens =
    [
        "%CommissionReceipt.Number%", "%CommissionReceipt.Total%", "%CommissionReceipt.PaidOn%",
        "%CommissionReceipt.PaymentMethod%", "%CommissionReceipt.PaymentReference%", "%CommissionReceipt.URL%"
    ];

    private readonly MessageTemplateInstaller _messageTemplateInstaller;

    /// <summary>Creates the installer.</summary>
    public ReceiptPaidMessageTemplateInstaller(MessageTemplateInstaller messageTemplateInstaller)
    {
        _messageTemplateInstaller = messageTemplateInstaller;
    }

    /// <summary>Adds the template unless it exists (a reinstall keeps the store's edits).</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public Task InstallAsync() => _messageTemplateInstaller.InstallAsync(TemplateSystemName);

    /// <summary>Deletes the template.</summary>
    /// <returns>A task that represents the asynchronous operation.</returns>
    public Task UninstallAsync() => _messageTemplateInstaller.UninstallAsync(TemplateSystemName);
}
