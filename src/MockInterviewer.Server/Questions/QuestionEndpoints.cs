using MockInterviewer.Contracts.Questions;
using MockInterviewer.Domain.Bank;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.Questions;

public static class QuestionEndpoints
{
    public static IEndpointRouteBuilder MapQuestionEndpoints(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api").WithTags("Questions");
        api.MapGet("/questions", ListQuestions);
        api.MapGet("/tracks", ListTracks);
        return routes;
    }

    private static Results<Ok<List<QuestionDto>>, ProblemHttpResult> ListQuestions(QuestionBank bank, string? track, string? lang)
    {
        if (!TryLanguage(lang, out var language, out var problem))
        {
            return problem;
        }

        if (track is not null && !bank.HasTrack(track))
        {
            return Problems.BadRequest(
                "unknown-track",
                $"Unknown track '{ErrorText.Echo(track)}'.",
                $"Choose one of: {string.Join(", ", bank.Tracks.Select(t => t.Id))}.");
        }

        var questions = track is null ? bank.Questions : bank.InTrack(track);
        return TypedResults.Ok(questions.Select(q => q.ToDto(language)).ToList());
    }

    private static Results<Ok<List<TrackDto>>, ProblemHttpResult> ListTracks(QuestionBank bank, string? lang)
    {
        if (!TryLanguage(lang, out var language, out var problem))
        {
            return problem;
        }

        return TypedResults.Ok(bank.Tracks.Select(t => t.ToDto(bank, language)).ToList());
    }

    internal static bool TryLanguage(string? lang, out Language language, out ProblemHttpResult problem)
    {
        problem = null!;
        if (lang is null)
        {
            language = Language.Ko;
            return true;
        }

        if (LanguageCodes.TryParse(lang, out language))
        {
            return true;
        }

        problem = Problems.BadRequest("unknown-language", $"Unknown language '{ErrorText.Echo(lang)}'.", "Use 'ko' or 'en'.");
        return false;
    }
}
