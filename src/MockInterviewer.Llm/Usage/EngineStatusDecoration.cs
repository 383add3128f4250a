using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Llm.Usage;

internal static class EngineStatusDecoration
{
    /// <summary>
    /// Puts the budget in front of whichever <see cref="IEngineStatus"/> is registered by now (the model's health,
    /// or the domain's default), so it is called after every other registration of one.
    /// </summary>
    public static void AddTokenBudget(this IServiceCollection services)
    {
        var inner = services.LastOrDefault(d => d.ServiceType == typeof(IEngineStatus) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("Register the interview domain before the model interviewer.");
        services.Remove(inner);
        services.AddSingleton<IEngineStatus>(services => new BudgetedEngineStatus(Create(services, inner), services.GetRequiredService<SessionTokenBudget>()));
    }

    private static IEngineStatus Create(IServiceProvider services, ServiceDescriptor descriptor) => (IEngineStatus)(
        descriptor.ImplementationInstance
        ?? descriptor.ImplementationFactory?.Invoke(services)
        ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
