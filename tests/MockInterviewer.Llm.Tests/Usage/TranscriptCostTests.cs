using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Flow;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Grading.Offline;
using MockInterviewer.Domain.Ports;
using MockInterviewer.Domain.Tests.Support;
using MockInterviewer.Llm.Configuration;
using MockInterviewer.Llm.Tests.Support;
using MockInterviewer.Llm.Voice;
using Xunit.Abstractions;

namespace MockInterviewer.Llm.Tests.Usage;

/// <summary>
/// Issue 10's cost figure: the interviewer's prompts over a whole 10-question interview, against a baseline that
/// resends the whole transcript with every request (same prefix and step, the same token estimate).
/// </summary>
public sealed partial class TranscriptCostTests(ITestOutputHelper output)
{
    private const int Questions = 10;

    [Theory]
    [InlineData(Language.En)]
    [InlineData(Language.Ko)]
    public async Task A_ten_question_interview_sends_at_most_half_the_prompt_tokens_of_resending_the_transcript(Language language)
    {
        var chat = new ScriptedStream().Pieces(request => [RealisticInterview.Reply(language, request)]);
        MeasuringVoice? voice = null;
        using var host = LlmHost.Build(
            new Dictionary<string, string?> { ["Provider"] = "openai-compatible", ["Endpoint"] = "http://127.0.0.1:9/v1", ["Model"] = "scripted" },
            services: services =>
            {
                services.AddSingleton<ISessionStore, InMemorySessionStore>();
                services.AddSingleton<IInterviewEvents, RecordingInterviewEvents>();
                services.AddKeyedSingleton(ChatModelKeys.Interviewer, chat.Service);
                services.Replace(ServiceDescriptor.Singleton<IGradingEngine>(sp => sp.GetRequiredService<OfflineGrader>()));
                services.Replace(ServiceDescriptor.Singleton<IInterviewerVoice>(sp =>
                    voice = new MeasuringVoice(sp.GetRequiredService<LlmVoice>(), sp.GetRequiredService<ISessionStore>(), chat)));
            });
        var bank = host.Services.GetRequiredService<QuestionBank>();
        var interviews = host.Services.GetRequiredService<InterviewService>();
        var runner = host.Services.GetRequiredService<SessionRunner>();
        var store = host.Services.GetRequiredService<ISessionStore>();

        var id = (await interviews.CreateAsync(new InterviewSettings(InterviewMode.Interview, "ml-junior", language, Questions, null, FeedbackTiming.AfterEach), CancellationToken.None)).Id;
        interviews.Continue(id);
        await runner.WhenIdleAsync();
        for (var step = 0; step < Questions * 4; step++)
        {
            var session = (await store.FindAsync(id, CancellationToken.None))!;
            if (session.Status == SessionStatus.Completed || session.IsClosing)
            {
                break;
            }

            var question = bank.Find(session.Current.QuestionId)!;
            var answer = AnswerPart(question.ModelAnswer.In(language), session.Current.Answers.Count, language)
                + " " + RealisticInterview.Story(language, step);
            await interviews.SubmitAnswerAsync(id, answer, null, CancellationToken.None);
            await runner.WhenIdleAsync();
        }

        var final = (await store.FindAsync(id, CancellationToken.None))!;
        Assert.Equal(SessionStatus.Completed, final.Status);
        Assert.All(final.Questions, q => Assert.NotEmpty(q.Answers));
        Assert.Equal(chat.Requests.Count, voice!.Calls.Count);

        var sent = voice.Calls.Sum(c => c.Sent);
        var baseline = voice.Calls.Sum(c => c.Baseline(bank));
        var ratio = (double)sent / baseline;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{language}: {voice.Calls.Count} interviewer requests over {Questions} questions; prompt tokens sent {sent:N0}, resending the transcript {baseline:N0}: {ratio:P0}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  stable prefix {TokenEstimate.Of(voice.Calls[0].Request[0].Content)}, step on average {voice.Calls.Average(c => TokenEstimate.Of(c.Request[^1].Content)):F0}, whole transcript at the end {voice.Calls[^1].Transcript.Sum(t => TokenEstimate.Of(t.Text))} (the candidate's answers {final.Questions.Sum(q => q.Answers.Sum(TokenEstimate.Of))})"));
        Assert.True(ratio <= 0.5, $"sent {sent} of a baseline {baseline} ({ratio:P0})");
    }

    // The model answer in two halves (the first answer, then the reply to a follow-up), each followed by what the
    // candidate did with it; to a further follow-up, only the story.
    private static string AnswerPart(string modelAnswer, int answered, Language language)
    {
        var sentences = SentenceEnd().Split(modelAnswer.Trim());
        var half = (sentences.Length + 1) / 2;
        return answered switch
        {
            0 => string.Join(' ', sentences[..half]),
            1 when sentences.Length > half => string.Join(' ', sentences[half..]),
            _ => language == Language.Ko ? "그 부분은 제 경험으로 말씀드리면," : "Let me answer that from experience.",
        };
    }

    [GeneratedRegex(@"(?<=[.!?。])\s+")]
    private static partial Regex SentenceEnd();

    /// <summary>What one interviewer request carried, and what the session looked like when it was made.</summary>
    private sealed record Call(ChatHistory Request, InterviewSession Session, Utterance Utterance, IReadOnlyList<Turn> Transcript)
    {
        public int Sent => Request.Sum(m => TokenEstimate.Of(m.Content));

        // The same request with the earlier questions in brief and the current answers replaced by every turn so far.
        public int Baseline(QuestionBank bank)
        {
            var text = string.Concat(Request.Select(m => m.Content));
            var answers = string.Join("\n\n", Session.Questions[Math.Min(Utterance.QuestionIndex, Session.Questions.Count - 1)].Answers);
            var current = answers.Length > 0 && text.Contains(answers, StringComparison.Ordinal) ? TokenEstimate.Of(answers) : 0;
            var earlier = TokenEstimate.Of(EarlierQuestions.Describe(Session, Utterance.QuestionIndex, bank));
            return Sent - earlier - current + Transcript.Sum(t => TokenEstimate.Of(t.Text));
        }
    }

    private sealed class MeasuringVoice(IInterviewerVoice inner, ISessionStore store, ScriptedStream chat) : IInterviewerVoice
    {
        public List<Call> Calls { get; } = [];

        public async IAsyncEnumerable<string> SpeakAsync(InterviewSession session, Utterance utterance, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var transcript = await store.TranscriptAsync(session.Id, cancellationToken);
            var before = chat.Requests.Count;
            await foreach (var piece in inner.SpeakAsync(session, utterance, cancellationToken))
            {
                yield return piece;
            }

            if (chat.Requests.Count > before)
            {
                Calls.Add(new Call(chat.Requests[^1], session, utterance, transcript));
            }
        }
    }
}
