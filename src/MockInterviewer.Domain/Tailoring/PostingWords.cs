namespace MockInterviewer.Domain.Tailoring;

/// <summary>prompts/tailoring/posting-words.yaml: how a job posting is read before it is matched against the bank.</summary>
/// <param name="SkipHeadings">Headings that start boilerplate (benefits, the company's blurb), lower case.</param>
/// <param name="KeepHeadings">Headings that start what the job asks for again, lower case.</param>
/// <param name="StopWords">Words that alone say nothing about which question fits: lower case, without spaces.</param>
/// <param name="KoreanEndings">Endings of the Korean words of a question's text, longest first.</param>
public sealed record PostingWords(
    IReadOnlyList<string> SkipHeadings,
    IReadOnlyList<string> KeepHeadings,
    IReadOnlySet<string> StopWords,
    IReadOnlyList<string> KoreanEndings,
    IReadOnlyList<PostingExpansion> Expansions)
{
    private const int MinStemSyllables = 2;

    /// <summary>A Korean word of a question without its ending ("불균형한" gives "불균형"), to look for in a posting.</summary>
    public string WithoutEnding(string word) =>
        KoreanEndings.FirstOrDefault(e => word.EndsWith(e, StringComparison.Ordinal) && word.Length - e.Length >= MinStemSyllables) is { } ending
            ? word[..^ending.Length]
            : word;
}

/// <summary>Words postings use that the bank lacks (MLOps), read as the bank's terms they stand for (Docker, CI/CD, serving).</summary>
public sealed record PostingExpansion(IReadOnlyList<string> When, IReadOnlyList<string> Means);
