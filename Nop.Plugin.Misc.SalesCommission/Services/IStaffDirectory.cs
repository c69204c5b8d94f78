using Nop.Plugin.Misc.SalesCommission.Engine.Crediting;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Reads the sales-rep role's members and their staff profiles into the engine's one answer to who is staff.</summary>
public interface IStaffDirectory
{
    /// <summary>The roster: every member of the sales-rep role with their profile's manager and active flag.</summary>
    /// <returns>A task that represents the asynchronous operation. The task result contains the roster.</returns>
    Task<StaffRoster> GetRosterAsync();
}
