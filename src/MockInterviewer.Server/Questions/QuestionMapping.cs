using MockInterviewer.Contracts;
using MockInterviewer.Contracts.Questions;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Server.Questions;

public static class QuestionMapping
{
    public static QuestionDto ToDto(this Question question, Language language) => new(
        question.Id,
        question.Track,
        question.Category,
        language.ToCode(),
        question.Text.In(language),
        WireNames.Of(question.Difficulty),
        WireNames.Of(question.Rarity),
        question.ReferencePoints.Select(p => new ReferencePointDto(p.Id, p.Text.In(language))).ToList());

    public static TrackDto ToDto(this Track track, QuestionBank bank, Language language) => new(
        track.Id,
        track.Title.In(language),
        bank.InTrack(track.Id).Count(),
        track.Categories.Select(c => new CategoryDto(c.Key, c.Value.In(language))).ToList());
}
