using System.Globalization;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>How a dispute is named to people and in its adjustment's explanation: D-12.</summary>
public static class DisputeReference
{
    /// <summary>The reference of the dispute with this id.</summary>
    public static string Of(int disputeId) => "D-" + disputeId.ToString(CultureInfo.InvariantCulture);
}
