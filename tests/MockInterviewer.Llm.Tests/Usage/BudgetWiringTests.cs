using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Usage;
using MockInterviewer.Llm.Tests.Support;

namespace MockInterviewer.Llm.Tests.Usage;

public sealed class BudgetWiringTests
{
    [Fact]
    public void With_a_model_the_engine_status_says_when_a_session_reached_Llm_MaxTokensPerSession()
    {
        using var host = LlmHost.Build(new Dictionary<string, string?>
        {
            ["Provider"] = "openai-compatible",
            ["Endpoint"] = "http://127.0.0.1:11434/v1",
            ["Model"] = "chat-model",
            ["MaxTokensPerSession"] = "1000",
        });
        var status = host.Services.GetRequiredService<IEngineStatus>();
        var session = VoiceSessions.Create(Language.En);

        Assert.NotEqual(EngineState.BudgetSpent, status.StateFor(session));

        host.Services.GetRequiredService<SessionUsageMeter>().Add(session.Id, new TokenUsage(990, 990, 10));
        Assert.Equal(EngineState.BudgetSpent, status.StateFor(session));
    }
}
