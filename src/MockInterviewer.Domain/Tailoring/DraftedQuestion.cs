using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Tailoring;

/// <summary>
/// A question a model drafted for what a job posting asks and the bank lacks. It has no model answer and no
/// offline patterns, so only the model can grade it.
/// </summary>
/// <param name="Text">The question, in the language it was drafted in.</param>
/// <param name="Why">The posting's words it comes from.</param>
/// <param name="Points">The reference points the model proposes.</param>
public sealed record DraftedQuestion(string Text, IReadOnlyList<string> Why, IReadOnlyList<DraftedPoint> Points)
{
    /// <summary>The category every drafted question is in: it belongs to none of the bank's.</summary>
    public const string Category = "drafted";

    /// <summary>
    /// The draft as a question one session asks (<see cref="Question.Drafted"/>): its points weighted to the bank's
    /// total, each its own advice, and the points together as the outline of a good answer. It has no follow-ups and
    /// no hints of its own: the model words those, and the offline phrases fall back on the track's outline.
    /// </summary>
    /// <param name="number">Its place among the session's drafts, from 1; it makes the id.</param>
    public Question AsQuestion(int number, string track)
    {
        var weights = Weights(Points.Select(p => p.Weight).ToList());
        var points = Points
            .Select((p, i) => new ReferencePoint($"p{i + 1}", Same(p.Text), Same(p.Text), weights[i], [], Require: 1))
            .ToList();
        var outline = string.Join('\n', Points.Select(p => "- " + p.Text));
        return new Question(
            Question.DraftedIdPrefix + number.ToString(System.Globalization.CultureInfo.InvariantCulture),
            track,
            Category,
            Difficulty.Medium,
            Rarity.Common,
            Same(Text),
            points,
            FollowUps: [],
            Hints: [],
            ModelAnswer: Same(outline),
            AlsoIn: [],
            Source: null);
    }

    private static LocalizedText Same(string text) => new(text, text);

    // The model's weights scaled to sum to the bank's total, as every question's do, the remainders to the largest fractions.
    private static int[] Weights(IReadOnlyList<int> proposed)
    {
        double total = proposed.Sum();
        var exact = proposed.Select(w => w * QuestionBankLoader.WeightTotal / total).ToList();
        var weights = exact.Select(w => Math.Max(1, (int)Math.Floor(w))).ToArray();
        var order = exact.Select((w, i) => (Fraction: w - Math.Floor(w), Index: i)).OrderByDescending(f => f.Fraction).Select(f => f.Index).ToList();
        for (var k = 0; weights.Sum() < QuestionBankLoader.WeightTotal; k++)
        {
            weights[order[k % order.Count]]++;
        }

        return weights;
    }
}

/// <summary>A reference point the model proposes for a drafted question, weighted as the bank's points are.</summary>
public sealed record DraftedPoint(string Text, int Weight);
