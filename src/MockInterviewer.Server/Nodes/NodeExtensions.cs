using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.StackExchangeRedis;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Server.Configuration;
using MockInterviewer.Server.Health;
using MockInterviewer.Server.RateLimits;
using MockInterviewer.Server.RateLimits.AcrossNodes;
using StackExchange.Redis;

namespace MockInterviewer.Server.Nodes;

public static class NodeExtensions
{
    /// <summary>
    /// With <c>SignalR:Redis</c> set, this node is one of several behind one address: hub messages cross nodes
    /// through the Redis backplane, one node at a time acts for a session (the Redis lease), the nodes share the
    /// keys that protect sign-in cookies, and the node is ready only while Redis answers. Without it, one node.
    /// </summary>
    public static WebApplicationBuilder AddNodes(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(SignalROptions.SectionName).Get<SignalROptions>() ?? new SignalROptions();
        builder.Services.AddSingleton(_ => LeaseSettings.Default with { Duration = TimeSpan.FromSeconds(options.LeaseSeconds) });
        if (!options.UsesRedis || options.Validate(new ValidationContext(options)).Any())
        {
            // A connection string that does not parse is left to the options' validation, which stops start-up naming the key.
            return builder;
        }

        builder.Services.AddSingleton<NodeRedis>();
        builder.Services.AddSingleton<ISessionLease, RedisSessionLease>();
        AddSharedBudgets(builder.Services);
        builder.Services.AddSignalR(hub => hub.AddFilter<NodesUnavailableFilter>()).AddStackExchangeRedis(redis =>
            redis.Configuration.ChannelPrefix = RedisChannel.Literal(NodeRedis.KeyPrefix.TrimEnd(':')));
        UsePatientBackplane(builder.Services);

        // The backplane on the node's one connection, so the readiness check sees the connection messages travel on.
        builder.Services.AddOptions<RedisOptions>().Configure<NodeRedis>((redis, node) =>
            redis.ConnectionFactory = _ => node.ConnectAsync());
        builder.Services.AddDataProtection().SetApplicationName("MockInterviewer");
        builder.Services.AddOptions<KeyManagementOptions>().Configure<NodeRedis>((keys, redis) =>
            keys.XmlRepository = new RedisXmlRepository(() => redis.Database, NodeRedis.KeyPrefix + "data-protection-keys"));
        builder.Services.AddHealthChecks().AddCheck<RedisReadinessCheck>(RedisReadinessCheck.Name, tags: [HealthExtensions.ReadyTag]);
        return builder;
    }

    // Rate limits count in Redis, so an address spends from one budget whichever node it reaches.
    private static void AddSharedBudgets(IServiceCollection services)
    {
        services.AddSingleton<RedisBudgetHealth>();
        services.AddSingleton<HeldSeats>();
        services.AddHostedService(provider => provider.GetRequiredService<HeldSeats>());
        services.AddSingleton<IBudgetLimiters, RedisBudgetLimiters>();
    }

    // In the place of the backplane AddStackExchangeRedis registered, around it.
    private static void UsePatientBackplane(IServiceCollection services)
    {
        var backplane = services.Single(d => d.ServiceType == typeof(HubLifetimeManager<>) && d.ImplementationType == typeof(RedisHubLifetimeManager<>));
        services.Remove(backplane);
        services.AddSingleton(typeof(RedisHubLifetimeManager<>));
        services.AddSingleton(typeof(HubLifetimeManager<>), typeof(PatientBackplane<>));
    }
}
