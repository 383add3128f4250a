using System.Text.RegularExpressions;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>How an interviewer speaks Korean to a candidate, as opposed to how a written exam reads.</summary>
internal static partial class KoreanRegister
{
    /// <summary>Exam and report forms ("제시하십시오", "무엇입니까?", "~하는가?") and the blunt "당신".</summary>
    public static bool ReadsLikeAWrittenExam(string text) => WrittenExam().IsMatch(text);

    /// <summary>Ends in polite speech (해요체 or 합쇼체 statements), as advice to a candidate should.</summary>
    public static bool EndsPolitely(string text) => PoliteEnding().IsMatch(text.Trim());

    [GeneratedRegex(@"십시오|니까\?|는가\?|인가\?|당신")]
    private static partial Regex WrittenExam();

    [GeneratedRegex(@"(요|니다)[.!?]?$")]
    private static partial Regex PoliteEnding();
}
