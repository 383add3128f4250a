using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>The offline grading path for one question of a small bank file, with the real grader settings and phrases.</summary>
internal sealed class QuestionGrader(string bankYaml, string questionId)
{
    private readonly QuestionBank _bank = QuestionBankLoader.Load([("demo.yaml", bankYaml)]);

    public Assessment Grade(string answer, Language language)
    {
        var grader = AnswerAssessor.Offline(_bank, RealPrompts.GraderSettings, RealPrompts.Phrases);
        return grader.Grade(new GradingRequest(_bank.Find(questionId)!, answer, language));
    }

    public static PointAssessment Point(Assessment assessment, string pointId) =>
        assessment.Points.Single(p => p.PointId == pointId);
}
