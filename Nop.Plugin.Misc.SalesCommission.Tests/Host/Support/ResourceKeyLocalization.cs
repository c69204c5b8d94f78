using Moq;
using Nop.Services.Localization;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;

/// <summary>A localization service that answers every resource with its own key, so a test can name the message it expects.</summary>
public static class ResourceKeyLocalization
{
    /// <summary>Creates the service.</summary>
    public static ILocalizationService Create()
    {
        var localization = new Mock<ILocalizationService>();
        localization.Setup(service => service.GetResourceAsync(It.IsAny<string>())).ReturnsAsync((string key) => key);
        return localization.Object;
    }
}
