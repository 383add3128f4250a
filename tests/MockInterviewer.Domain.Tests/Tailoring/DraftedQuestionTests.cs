using System.Text.Json;
using System.Text.Json.Serialization;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Tailoring;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Tailoring;

/// <summary>A draft made a session's own question, and the one lookup that finds it beside the bank's.</summary>
public sealed class DraftedQuestionTests
{
    [Fact]
    public void A_draft_becomes_a_drafted_question_of_the_track_with_its_points_weighted_to_the_banks_total()
    {
        var question = Drafts.Kafka.AsQuestion(2, "ml-junior");

        Assert.Equal(Question.DraftedIdPrefix + "2", question.Id);
        Assert.True(question.Drafted);
        Assert.True(question.BelongsTo("ml-junior"));
        Assert.Equal((Drafts.KafkaText, Drafts.KafkaText), (question.Text.Ko, question.Text.En));
        Assert.Equal(["p1", "p2", "p3"], question.ReferencePoints.Select(p => p.Id));
        Assert.Equal(QuestionBankLoader.WeightTotal, question.ReferencePoints.Sum(p => p.Weight));
        Assert.Equal([50, 33, 17], question.ReferencePoints.Select(p => p.Weight));
        Assert.All(Drafts.Kafka.Points, p => Assert.Contains(p.Text, question.ModelAnswer.En, StringComparison.Ordinal));
        Assert.Empty(question.FollowUps);
    }

    [Fact]
    public void No_bank_question_is_taken_for_a_drafted_one()
    {
        Assert.All(RealPrompts.Value.Bank.Questions, q => Assert.False(q.Drafted));
    }

    [Fact]
    public void The_session_finds_the_banks_questions_and_its_own_drafts_and_nothing_else()
    {
        var bank = FlowBank.Value;
        var drafted = Drafts.Kafka.AsQuestion(1, FlowBank.Track);
        var session = FlowSessions.Begun();
        session.DraftedQuestions.Add(drafted);

        Assert.Same(bank.Find(FlowBank.CrossValidation), session.FindQuestion(FlowBank.CrossValidation, bank));
        Assert.Same(drafted, session.FindQuestion(drafted.Id, bank));
        Assert.Null(session.FindQuestion(Question.DraftedIdPrefix + "2", bank));
        Assert.Null(session.FindQuestion("no-such-question", bank));
        Assert.Null(FlowSessions.Begun().FindQuestion(drafted.Id, bank));
    }

    [Fact]
    public void A_sessions_drafts_survive_its_stored_json_whole()
    {
        var session = FlowSessions.Begun();
        session.DraftedQuestions.AddRange(Drafts.Questions(FlowBank.Track, Drafts.Kafka, Drafts.Airflow));
        var json = new JsonSerializerOptions(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) } };

        var read = JsonSerializer.Deserialize<InterviewSession>(JsonSerializer.Serialize(session, json), json)!;

        Assert.Equal(2, read.DraftedQuestions.Count);
        var kafka = read.FindQuestion(Question.DraftedIdPrefix + "1", FlowBank.Value)!;
        var original = session.DraftedQuestions[0];
        Assert.True(kafka.Drafted);
        Assert.Equal(original.Text, kafka.Text);
        Assert.Equal(original.ModelAnswer, kafka.ModelAnswer);
        Assert.Equal((original.Track, original.Category, original.Difficulty), (kafka.Track, kafka.Category, kafka.Difficulty));
        Assert.Equal(
            original.ReferencePoints.Select(p => (p.Id, p.Text, p.Advice, p.Weight, p.Require)),
            kafka.ReferencePoints.Select(p => (p.Id, p.Text, p.Advice, p.Weight, p.Require)));
    }
}
