namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Whether the current admin may answer disputes (<see cref="SalesCommissionPermissionConfigManager.AnswerDisputes"/>).</summary>
public interface IDisputeAccess
{
    /// <summary>The first of the dispute permissions the current admin holds, or null when they hold none.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the permission's system name or null</returns>
    Task<string> HeldPermissionAsync();
}
