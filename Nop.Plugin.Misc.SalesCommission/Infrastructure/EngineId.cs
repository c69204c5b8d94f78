using System.Globalization;

namespace Nop.Plugin.Misc.SalesCommission.Infrastructure;

/// <summary>
/// Converts between nopCommerce's integer ids (orders, customers, roles, products, programs, partners) and the
/// engine's string ids, always with the invariant culture.
/// </summary>
public static class EngineId
{
    /// <summary>The engine id of a host id.</summary>
    public static string Of(int id) => id.ToString(CultureInfo.InvariantCulture);

    /// <summary>The engine id of an optional host id; null stays null.</summary>
    public static string Of(int? id) => id?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A staff member picked in a form row: empty when the row's list was left at "(none)" (id 0).</summary>
    public static string OfChosen(int id) => id > 0 ? Of(id) : string.Empty;

    /// <summary>The host id of an engine id the plugin itself produced.</summary>
    public static int ToHost(string id) => int.Parse(id, NumberStyles.None, CultureInfo.InvariantCulture);
}
