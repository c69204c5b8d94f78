using System.Globalization;
using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Models.Admin.Entries;

/// <summary>A beneficiary as one select-list value, "Staff:5" or "Partner:3".</summary>
/// <param name="Type">Staff or partner.</param>
/// <param name="Id">The staff member's customer id or the partner id.</param>
public readonly record struct BeneficiaryKey(BeneficiaryType Type, int Id)
{
    /// <summary>The select-list value.</summary>
    public override string ToString() => $"{Type}:{Id.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>Reads a select-list value; null for an empty or malformed one.</summary>
    /// <param name="value">The value.</param>
    public static BeneficiaryKey? Parse(string value)
    {
        var parts = (value ?? string.Empty).Split(':');
        return parts.Length == 2
               && Enum.TryParse<BeneficiaryType>(parts[0], out var type) && Enum.IsDefined(type)
               && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? new BeneficiaryKey(type, id)
            : null;
    }
}
