using MockInterviewer.Domain.Grading;

namespace MockInterviewer.Domain.Flow;

/// <summary>What happened on one planned question: the candidate's words, follow-ups, hints and the assessment.</summary>
public sealed class QuestionProgress
{
    public required string QuestionId { get; init; }

    /// <summary>The candidate's answers and replies to follow-ups: the only evidence for a grade.</summary>
    public List<string> Answers { get; init; } = [];

    /// <summary>Indexes of the bank's follow-ups asked on this question.</summary>
    public List<int> AskedFollowUps { get; init; } = [];

    /// <summary>Reference points a follow-up (the bank's or an engine's own) has probed.</summary>
    public List<string> ProbedPoints { get; init; } = [];

    /// <summary>In a review, the reference points its follow-ups aim at first (the weakest first).</summary>
    public List<string> FocusPoints { get; init; } = [];

    public int HintsGiven { get; set; }

    /// <summary>The bank follow-up just asked, until a hint has addressed it.</summary>
    public int? FollowUpAwaitingHint { get; set; }

    /// <summary>How many of the hints given were about a follow-up rather than the question itself.</summary>
    public int FollowUpHintsGiven { get; set; }

    public bool Asked { get; set; }

    public bool Skipped { get; set; }

    public Assessment? Assessment { get; set; }

    /// <summary>Why a drafted question's answer has no grade: the model, the only engine that may grade it, could not.</summary>
    public UngradedReason? NotGraded { get; set; }

    public List<SelfIntroAttempt> Attempts { get; init; } = [];
}
