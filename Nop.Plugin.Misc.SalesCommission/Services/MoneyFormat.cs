using Nop.Core.Domain.Directory;
using Nop.Services.Catalog;
using Nop.Services.Directory;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Formats amounts with the host's <see cref="IPriceFormatter"/> in the primary store currency.</summary>
public class MoneyFormat : IMoneyFormat
{
    #region Fields

    private readonly CurrencySettings _currencySettings;
    private readonly ICurrencyService _currencyService;
    private readonly IPriceFormatter _priceFormatter;

    #endregion

    #region Ctor

    public MoneyFormat(CurrencySettings currencySettings, ICurrencyService currencyService, IPriceFormatter priceFormatter)
    {
        _currencySettings = currencySettings;
        _currencyService = currencyService;
        _priceFormatter = priceFormatter;
    }

    #endregion

    #region Methods

    /// <inheritdoc />
    public async Task<string> FormatAsync(decimal amount)
    {
        var primary = await _currencyService.GetCurrencyByIdAsync(_currencySettings.PrimaryStoreCurrencyId);
        return await _priceFormatter.FormatPriceAsync(amount, true, primary);
    }

    #endregion
}
