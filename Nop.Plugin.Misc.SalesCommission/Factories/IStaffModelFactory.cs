using Nop.Plugin.Misc.SalesCommission.Models.Admin.Staff;

namespace Nop.Plugin.Misc.SalesCommission.Factories;

/// <summary>Builds the view models of the staff and hierarchy pages.</summary>
public interface IStaffModelFactory
{
    /// <summary>Prepares the list page with the hierarchy tree.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the search model</returns>
    Task<StaffSearchModel> PrepareStaffSearchModelAsync(StaffSearchModel searchModel);

    /// <summary>Prepares a page of staff members.</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the page</returns>
    Task<StaffListModel> PrepareStaffListModelAsync(StaffSearchModel searchModel);

    /// <summary>Prepares the editor of a staff member (from their profile unless a posted model is given).</summary>
    /// <returns>A task that represents the asynchronous operation; its result is the model, or null when the customer is not staff</returns>
    Task<StaffModel> PrepareStaffModelAsync(int customerId, StaffModel posted);
}
