using Nop.Plugin.Misc.SalesCommission.Engine.Orders;

namespace Nop.Plugin.Misc.SalesCommission.Engine.Scenario;

/// <summary>A category as listed in a scenario, with the path of its entry for error messages.</summary>
/// <param name="Category">The category.</param>
/// <param name="Path">Where it is listed ("categories[2]").</param>
internal sealed record ListedCategory(Category Category, string Path);
