namespace Nop.Plugin.Misc.SalesCommission.Engine.Programs;

/// <summary>How a ladder's bands pay.</summary>
public enum LadderMode
{
    /// <summary>Each band's slice pays its own rate.</summary>
    Marginal = 0,

    /// <summary>The whole amount pays the rate of the highest band reached.</summary>
    WholeAmount = 1
}
