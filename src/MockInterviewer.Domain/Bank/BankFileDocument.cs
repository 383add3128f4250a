namespace MockInterviewer.Domain.Bank;

// The YAML shape of one bank file, as written; QuestionBankLoader validates it into the domain types.
internal sealed class BankFileDocument
{
    public string? Track { get; set; }
    public LocalizedTextDocument? Title { get; set; }
    public Dictionary<string, LocalizedTextDocument>? Categories { get; set; }
    public Dictionary<string, List<string>>? Lexicon { get; set; }
    public bool? Personal { get; set; }
    public List<QuestionDocument>? Questions { get; set; }
}

internal sealed class LocalizedTextDocument
{
    public string? Ko { get; set; }
    public string? En { get; set; }
}

internal sealed class QuestionDocument
{
    public string? Id { get; set; }
    public string? Category { get; set; }
    public string? Difficulty { get; set; }
    public string? Rarity { get; set; }
    public List<string>? AlsoIn { get; set; }
    public LocalizedTextDocument? Text { get; set; }
    public string? Source { get; set; }
    public List<ReferencePointDocument>? ReferencePoints { get; set; }
    public List<FollowUpDocument>? FollowUps { get; set; }
    public List<LocalizedTextDocument>? Hints { get; set; }
    public LocalizedTextDocument? ModelAnswer { get; set; }
    public List<MisreadingDocument>? Misreadings { get; set; }
}

internal sealed class MisreadingDocument
{
    public string? Id { get; set; }
    public LocalizedTextDocument? Label { get; set; }
    public List<List<string>>? Concepts { get; set; }
    public int? Require { get; set; }
}

internal sealed class ReferencePointDocument
{
    public string? Id { get; set; }
    public int? Weight { get; set; }
    public LocalizedTextDocument? Text { get; set; }
    public LocalizedTextDocument? Advice { get; set; }
    public List<List<string>>? Concepts { get; set; }
    public int? Require { get; set; }
    public List<string>? Subject { get; set; }
    public List<ContradictionDocument>? Contradicts { get; set; }
    public List<string>? Story { get; set; }
}

internal sealed class ContradictionDocument
{
    public List<string>? Of { get; set; }
    public List<string>? Says { get; set; }
}

internal sealed class FollowUpDocument
{
    public string? Probes { get; set; }
    public string? Star { get; set; }
    public LocalizedTextDocument? Text { get; set; }
    public LocalizedTextDocument? Hint { get; set; }
}
