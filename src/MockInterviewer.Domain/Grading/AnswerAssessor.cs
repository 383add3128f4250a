using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Phrases;

namespace MockInterviewer.Domain.Grading;

/// <summary>The one grading path for every engine: the engine proposes, the verifier decides.</summary>
public sealed class AnswerAssessor(IGradingEngine engine, AssessmentVerifier verifier) : IAnswerGrader
{
    /// <summary>The offline engine behind the same path, for tools and tests that run without a host.</summary>
    public static AnswerAssessor Offline(QuestionBank bank, OfflineGraderSettings settings, PhraseBook phrases) =>
        new(new OfflineGrader(bank, settings), new AssessmentVerifier(new FeedbackWriter(phrases)));

    public async Task<Assessment> GradeAsync(GradingRequest request, CancellationToken cancellationToken)
    {
        var proposal = await engine.ProposeAsync(request, cancellationToken);
        return verifier.Verify(request, proposal);
    }
}
