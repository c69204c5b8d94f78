namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>The one way the plugin shows an amount of money to a person: the host's price formatter, in the primary store currency.</summary>
public interface IMoneyFormat
{
    /// <summary>An amount as people read it in the current language, e.g. "$1,234.50" or "1.234,50 kr.".</summary>
    /// <param name="amount">The amount in the primary store currency.</param>
    /// <returns>A task that represents the asynchronous operation. The task result contains the formatted amount.</returns>
    Task<string> FormatAsync(decimal amount);
}
