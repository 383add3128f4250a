using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>The offline grading path for one question of a small bank file, with the real grader settings and phrases.</summary>
internal sealed class QuestionGrader
{
    private readonly Question _question;
    private readonly AnswerAssessor _grader;

    public QuestionGrader(string bankYaml, string questionId)
    {
        var bank = QuestionBankLoader.Load([("demo.yaml", bankYaml)]);
        _question = bank.Find(questionId)!;
        _grader = AnswerAssessor.Offline(bank, RealPrompts.GraderSettings, RealPrompts.Phrases);
    }

    public Assessment Grade(string answer, Language language) => _grader.Grade(new GradingRequest(_question, answer, language));

    public static PointAssessment Point(Assessment assessment, string pointId) =>
        assessment.Points.Single(p => p.PointId == pointId);
}
