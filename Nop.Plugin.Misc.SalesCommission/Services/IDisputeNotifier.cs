using Nop.Plugin.Misc.SalesCommission.Domain;

namespace Nop.Plugin.Misc.SalesCommission.Services;

/// <summary>Tells the other side of a dispute that it moved, through the host's message templates.</summary>
public interface IDisputeNotifier
{
    /// <summary>Tells the office (the store's e-mail account) what the staff member wrote.</summary>
    Task NotifyOfficeAsync(CommissionDispute dispute, string message);

    /// <summary>Tells the staff member what the office wrote or decided.</summary>
    Task NotifyStaffAsync(CommissionDispute dispute, string message);
}
