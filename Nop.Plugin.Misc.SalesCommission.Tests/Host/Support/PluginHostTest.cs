using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Nop.Core;
using Nop.Services.Events;
using Nop.Core.Infrastructure;
using FluentMigrator.Runner;
using Nop.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Data.Migrations;
using Nop.Plugin.Misc.SalesCommission.Infrastructure;
using Nop.Services.Plugins;
using Nop.Tests;

namespace Nop.Plugin.Misc.SalesCommission.Tests.Host.Support;

/// <summary>
/// Base for tests that run the plugin inside the host's test store (real services, real migrations, in-memory
/// SQLite): adds the plugin's tables, its service registrations and its event consumers, and marks it installed.
/// </summary>
public abstract class PluginHostTest : BaseNopTest
{
    private static readonly object _lock = new();
    private static PluginServiceProvider? _provider;

    /// <summary>Wires the plugin into the host test store once per test run.</summary>
    protected PluginHostTest()
    {
        lock (_lock)
            _provider ??= AddPlugin();
    }

    /// <summary>Resolves a service the way the store does (plugin registrations first, then the host's).</summary>
    protected static T Resolve<T>() where T : notnull => (T)_provider!.GetService(typeof(T))!;

    /// <summary>The store's service provider with the plugin wired in (for building types the store builds itself).</summary>
    protected static IServiceProvider Store => _provider!;

    /// <summary>Resolves a service by type the way the store does.</summary>
    protected static object ResolveService(Type type) => _provider!.GetService(type)!;

    /// <summary>
    /// Runs the plugin's installation migration. The host test container's migration source only scans host
    /// assemblies, so the migration is handed to the host's migration manager directly.
    /// </summary>
    private void CreatePluginTables()
    {
        var conventions = ServiceProvider.GetRequiredService<IMigrationRunnerConventions>();
        var migrationManager = ServiceProvider.GetRequiredService<IMigrationManager>();
        var migration = ActivatorUtilities.CreateInstance<SchemaMigration>(ServiceProvider);
        migrationManager.ApplyUpMigration(conventions.GetMigrationInfoForMigration(migration));
    }

    private PluginServiceProvider AddPlugin()
    {
        var pluginAssembly = typeof(SalesCommissionPlugin).Assembly;
        CreatePluginTables();

        var pluginServices = new ServiceCollection();
        new PluginNopStartup().ConfigureServices(pluginServices, new ConfigurationBuilder().Build());
        var consumerTypes = Singleton<ITypeFinder>.Instance.FindClassesOfType(typeof(IConsumer<>)).ToList();
        var provider = new PluginServiceProvider(ServiceProvider, pluginServices, consumerTypes);
        EngineContext.Replace(new NopTestEngine(provider));

        Singleton<IPluginsInfo>.Instance ??= new PluginsInfo(CommonHelper.DefaultFileProvider);
        Singleton<IPluginsInfo>.Instance.PluginDescriptors ??= [];
        Singleton<IPluginsInfo>.Instance.PluginDescriptors.Add((new PluginDescriptor
        {
            SystemName = SalesCommissionDefaults.SystemName,
            FriendlyName = "Sales commission",
            PluginType = typeof(SalesCommissionPlugin),
            ReferencedAssembly = pluginAssembly,
            //the plugin's files (Localization) sit beside the assembly the tests load, built from this worktree
            OriginalAssemblyFile = pluginAssembly.Location,
            Installed = true
        }, false));
        return provider;
    }
}
