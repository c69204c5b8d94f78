using Microsoft.AspNetCore.Mvc.ModelBinding;
using Nop.Services.Messages;

namespace Nop.Plugin.Misc.SalesCommission.Controllers;

/// <summary>Shows a refused form's errors as the admin's error notifications, for forms that post from a list page.</summary>
public static class ModelStateNotifications
{
    /// <summary>Adds one error notification per validation error.</summary>
    public static void NotifyErrors(this INotificationService notificationService, ModelStateDictionary modelState)
    {
        foreach (var error in modelState.Values.SelectMany(value => value.Errors))
            notificationService.ErrorNotification(error.ErrorMessage);
    }
}
