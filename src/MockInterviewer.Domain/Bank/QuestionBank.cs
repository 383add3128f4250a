namespace MockInterviewer.Domain.Bank;

public sealed class QuestionBank
{
    private readonly Dictionary<string, Question> _byId;
    private readonly Dictionary<string, Track> _tracks;

    public QuestionBank(IEnumerable<Track> tracks, IEnumerable<Question> questions)
    {
        _tracks = tracks.ToDictionary(t => t.Id, StringComparer.Ordinal);
        Questions = questions.ToList();
        _byId = Questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
    }

    public IReadOnlyList<Question> Questions { get; }

    public IReadOnlyCollection<Track> Tracks => _tracks.Values;

    public bool HasTrack(string trackId) => _tracks.ContainsKey(trackId);

    public Track GetTrack(string trackId) => _tracks[trackId];

    public Question? Find(string questionId) => _byId.GetValueOrDefault(questionId);

    public IEnumerable<Question> InTrack(string trackId) => Questions.Where(q => q.BelongsTo(trackId));

    public LocalizedText CategoryTitle(Question question) =>
        _tracks[question.Track].Categories[question.Category];
}
