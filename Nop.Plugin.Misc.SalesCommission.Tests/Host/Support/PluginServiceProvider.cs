using Microsoft.Extensions.DependencyInjection;
using Nop.Services.Events;
using Nop.Core.Infrastructure;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;

/// <summary>
/// Serves the plugin's own registrations first and the host test container's for everything else, and builds
/// every event consumer (host and plugin) against both, as the running store's single container would.
/// </summary>
public sealed class PluginServiceProvider : IServiceProvider
{
    private readonly IServiceProvider _host;
    private readonly IServiceProvider _plugin;
    private readonly IReadOnlyList<Type> _consumerTypes;

    /// <summary>Creates the provider over the host container and the plugin's service registrations.</summary>
    public PluginServiceProvider(IServiceProvider host, IServiceCollection pluginServices, IReadOnlyList<Type> consumerTypes)
    {
        _host = host;
        _consumerTypes = consumerTypes;
        IServiceCollection resolved = new ServiceCollection();
        foreach (var descriptor in pluginServices)
        {
            if (descriptor.ImplementationType is { } implementation)
                resolved.Add(new ServiceDescriptor(descriptor.ServiceType, _ => ActivatorUtilities.CreateInstance(this, implementation), descriptor.Lifetime));
            else
                resolved.Add(descriptor);
        }
        _plugin = resolved.BuildServiceProvider();
    }

    /// <inheritdoc />
    public object? GetService(Type serviceType)
    {
        if (serviceType.IsGenericType && serviceType.GetGenericTypeDefinition() == typeof(IEnumerable<>))
        {
            var item = serviceType.GetGenericArguments()[0];
            if (item.IsGenericType && item.GetGenericTypeDefinition() == typeof(IConsumer<>))
                return CreateConsumers(item);
        }

        return _plugin.GetService(serviceType) ?? _host.GetService(serviceType);
    }

    private Array CreateConsumers(Type consumerInterface)
    {
        var consumers = _consumerTypes.Where(consumerInterface.IsAssignableFrom)
            .Select(type => ActivatorUtilities.CreateInstance(this, type))
            .ToArray();
        var result = Array.CreateInstance(consumerInterface, consumers.Length);
        consumers.CopyTo(result, 0);
        return result;
    }
}
