using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Ports;

namespace MockInterviewer.Llm.Usage;

/// <summary>A session that has spent its model allowance goes on offline, whatever the model's health.</summary>
public sealed class BudgetedEngineStatus(IEngineStatus inner, SessionTokenBudget budget) : IEngineStatus
{
    public EngineState StateFor(InterviewSession session) =>
        budget.IsSpent(session) ? EngineState.BudgetSpent : inner.StateFor(session);
}
