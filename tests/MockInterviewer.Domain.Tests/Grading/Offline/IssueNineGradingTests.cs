using MockInterviewer.Domain.Bank;
using MockInterviewer.Domain.Grading;
using MockInterviewer.Domain.Tests.Support;

namespace MockInterviewer.Domain.Tests.Grading.Offline;

/// <summary>The offline grader's defects a new user met (issue 9), against the real bank.</summary>
public sealed class IssueNineGradingTests
{
    private static readonly AnswerAssessor Grader =
        AnswerAssessor.Offline(RealPrompts.Value.Bank, RealPrompts.GraderSettings, RealPrompts.Phrases);

    private static Assessment Grade(string questionId, string answer, Language language) =>
        Grader.Grade(new GradingRequest(RealPrompts.Value.Bank.Find(questionId)!, answer, language));

    private static PointAssessment Point(Assessment assessment, string id) => assessment.Points.Single(p => p.PointId == id);

    private const string StrongStrengthsAndWeaknesses =
        "제 장점은 데이터를 끝까지 파고드는 꼼꼼함입니다. 인턴 때 매출 리포트 숫자가 0.3% 어긋나는 걸 발견해서 원인을 추적했고, " +
        "중복 집계되던 환불 건 1,200건을 찾아 팀 리포트를 바로잡았습니다. 단점은 성격이 급하다는 점입니다. 빨리 끝내려다 테스트 " +
        "케이스 두 개를 빠뜨려서 배포 후에 버그가 났고, 그걸 고치느라 팀 일정이 이틀 밀린 적이 있어서 그때 크게 반성했습니다. " +
        "그 뒤로는 작업 전에 체크리스트를 먼저 만들고, 제출 전에 한 번 더 검토하는 시간을 일정에 꼭 넣습니다.";

    [Fact]
    public void A_strong_strengths_and_weaknesses_answer_is_heard_in_full_and_not_asked_again()
    {
        var assessment = Grade("beh-strengths-weaknesses", StrongStrengthsAndWeaknesses, Language.Ko);

        Assert.Equal(PointStatus.Covered, Point(assessment, "awareness-impact").Status);
        Assert.Contains("이틀 밀린 적", Point(assessment, "awareness-impact").Evidence!, StringComparison.Ordinal);
        Assert.Equal(PointStatus.Covered, Point(assessment, "effort").Status);
        Assert.True(assessment.Score >= 75, $"score {assessment.Score}");
        Assert.NotEqual("awareness-impact", assessment.FollowUp?.PointId);
        Assert.NotEqual("effort", assessment.FollowUp?.PointId);
    }

    [Fact]
    public void A_consequence_of_the_weakness_is_no_improvement()
    {
        var assessment = Grade("beh-strengths-weaknesses", StrongStrengthsAndWeaknesses, Language.Ko);

        Assert.NotEqual(PointStatus.Covered, Point(assessment, "improvement-recognised").Status);
    }

    [Theory]
    [InlineData("저는 팀으로 일하는 게 좋습니다. 팀워크가 제일 중요하니까요.", Language.Ko)]
    [InlineData("I prefer working in a team. Teamwork makes the dream work.", Language.En)]
    public void A_weak_two_sentence_teamwork_answer_scores_far_below_a_strong_one(string answer, Language language)
    {
        var strong = Grade(
            "beh-team-or-solo",
            language == Language.Ko
                ? "저는 팀으로 일하는 걸 더 선호합니다. 혼자서는 제 관점에 갇히기 쉬운데, 여럿이 하면 서로의 빈 곳을 채워 주고 다른 시각이 더해지기 때문입니다. 작년 해커톤에서 네 명이 추천 서비스를 만들었는데, 프론트 담당 친구가 추천 이유를 보여 주자고 제안해서 같이 구현했고 심사 점수 2등을 했습니다. 물론 서빙 부분은 제가 혼자 맡아 끝까지 완성했습니다."
                : "I prefer working in a team, because other people catch what I miss and bring angles I wouldn't think of. In my internship three of us built a churn dashboard; our analyst pointed out that sales cared about accounts, and regrouping the output made the sales team use it every week. I'm comfortable owning a piece alone too: I wrote the data-loading job by myself when our schedule slipped.",
            language);

        var weak = Grade("beh-team-or-solo", answer, language);

        Assert.True(weak.Score <= 30, $"weak {weak.Score}");
        Assert.True(strong.Score - weak.Score >= 50, $"strong {strong.Score}, weak {weak.Score}");
    }

    [Theory]
    [InlineData("안녕하세요, 머신러닝 엔지니어 직무에 지원한 박서연입니다. 저는 통계학을 전공하면서 데이터로 문제를 푸는 데 흥미를 느껴 머신러닝을 공부하게 되었습니다. 학교에서 여러 프로젝트를 하며 파이썬과 딥러닝 프레임워크를 다뤄 봤고, 팀원들과 협업하는 법도 배웠습니다. 입사하게 된다면 빠르게 배우고 성장해서 팀에 도움이 되는 엔지니어가 되고 싶습니다.", Language.Ko)]
    [InlineData("Hello, I'm Jisoo Lee and I'm applying for the machine learning engineer position. I majored in computer science and became interested in machine learning during my studies. I've worked on a few projects using Python and PyTorch, and I enjoy learning new things and working with others. If I join, I hope to grow quickly and contribute to the team.", Language.En)]
    public void A_generic_but_on_topic_self_introduction_scores_in_the_middle(string answer, Language language)
    {
        var assessment = Grade("intro-one-minute", answer, language);

        Assert.InRange(assessment.Score, 35, 75);
        Assert.NotEqual(PointStatus.Covered, Point(assessment, "measurable-experience").Status);
        Assert.Equal(PointStatus.Covered, Point(assessment, "name-role").Status);
    }

    [Theory]
    [InlineData("beh-strengths-weaknesses", "장점은 구체적인 장점이고 단점은 솔직한 단점입니다. 단점을 고치기 위해 노력하고 있고 개선되고 있습니다.", Language.Ko)]
    [InlineData("beh-strengths-weaknesses", "My strength is a specific strength that others have recognised, and my weakness is an honest, specific weakness. I know what it led to, I make a concrete effort to fix it, and it is improving.", Language.En)]
    [InlineData("intro-one-minute", "저는 이름과 지원 직무를 밝히고, 직무 관련 경험을 상황과 결과까지 구체적으로 수치로 말하고, 그 역량을 직무와 연결하며, 포부로 마무리하겠습니다.", Language.Ko)]
    [InlineData("beh-peer-conflict", "The conflict started in a situation I can explain objectively. I took concrete resolution actions, there was an outcome for the work and the relationship, and I learned how I would handle it in the future.", Language.En)]
    public void An_answer_that_only_echoes_the_rubric_earns_next_to_nothing(string questionId, string answer, Language language)
    {
        var assessment = Grade(questionId, answer, language);

        Assert.True(assessment.Score <= 10, $"score {assessment.Score}");
    }

    [Fact]
    public void Regularization_answered_as_normalization_is_named_and_its_variance_is_not_high_variance()
    {
        var assessment = Grade(
            "ml-regularization",
            "정규화는 데이터의 스케일을 맞춰 주는 전처리입니다. 표준화는 평균 0, 분산 1로 맞춥니다. Min-Max 스케일링은 값을 0에서 1 사이로 바꿉니다.",
            Language.Ko);

        Assert.Equal(RealPrompts.Value.Bank.Find("ml-regularization")!.Misreadings.Single().Label.Ko, assessment.Misreading);
        Assert.Equal(PointStatus.Missing, Point(assessment, "when-to-use").Status);
        Assert.Equal(0, assessment.Score);
    }

    [Theory]
    [InlineData("둘 다 앙상블입니다. 배깅은 모델을 순차적으로 하나씩 학습시키면서 이전 모델이 틀린 데이터에 가중치를 줘서 보완하는 방식이고, 편향을 줄여 줍니다. 부스팅은 부트스트랩 샘플로 여러 모델을 병렬로 독립적으로 학습시켜서 투표로 합치는 방식이고, 분산을 줄여 줍니다.", Language.Ko)]
    [InlineData("Bagging trains its models sequentially, and each model corrects the errors of the previous one, so it reduces bias. Boosting trains its models in parallel on bootstrap samples and averages them, which reduces variance.", Language.En)]
    public void Bagging_and_boosting_swapped_earn_nothing_for_them_and_are_stated_wrongly(string answer, Language language)
    {
        var assessment = Grade("ml-bagging-boosting", answer, language);

        Assert.All(new[] { "bagging-parallel-bootstrap", "bagging-variance", "boosting-sequential", "boosting-bias" }, id =>
            Assert.Equal(PointStatus.Incorrect, Point(assessment, id).Status));
        Assert.True(assessment.Score <= 20, $"score {assessment.Score}");
    }

    [Fact]
    public void A_rest_answer_with_pydantic_validation_and_422_is_not_asked_about_them()
    {
        var assessment = Grade(
            "ml-model-rest-api",
            "I'd use FastAPI. The model is loaded once when the app starts, with joblib, and kept in memory, so requests don't reload it. " +
            "There's a POST /predict endpoint whose body is a Pydantic model, so FastAPI validates the input for me and returns a 422 with the details if a field is missing or has the wrong type. " +
            "Inside the handler I turn the fields into a feature array, call predict and predict_proba and return both as JSON.",
            Language.En);

        Assert.Equal(PointStatus.Covered, Point(assessment, "error-handling").Status);
        Assert.Equal(PointStatus.Covered, Point(assessment, "fastapi-pydantic").Status);
        Assert.Equal("health-endpoint", assessment.FollowUp?.PointId);
    }

    [Fact]
    public void A_learning_answer_with_open_source_meetups_and_a_mentor_is_not_asked_about_them()
    {
        var assessment = Grade(
            "ai-first-ai-hire",
            "I'd learn a lot on my own from documentation and online courses, and I'd join open-source projects and meetups to meet people who know more than me, maybe even find a mentor there.",
            Language.En);

        Assert.Equal(PointStatus.Covered, Point(assessment, "external-community").Status);
        Assert.NotEqual("external-community", assessment.FollowUp?.PointId);
    }

    [Fact]
    public void A_long_sentence_is_quoted_by_whole_clauses_never_cut_in_the_middle()
    {
        const string answer =
            "In the first three months I would pick one small, painful workflow, say triaging support tickets, and ship a working prototype that saves the team real time, because early wins are what earn trust for a new function. " +
            "I'd also find people ahead of me outside the company: I'd contribute to an open-source LLM tooling project, go to local AI meetups, and ask someone I met there to be an informal mentor, and I'd write up what I learn on a blog.";

        var assessment = Grade("ai-first-ai-hire", answer, Language.En);

        var quotes = assessment.Points.Where(p => p.Evidence is not null).Select(p => p.Evidence!).ToList();
        Assert.NotEmpty(quotes);
        Assert.All(quotes, quote =>
        {
            Assert.Contains(quote, answer, StringComparison.Ordinal);
            Assert.False(quote.StartsWith("months", StringComparison.Ordinal), quote);
            var at = answer.IndexOf(quote, StringComparison.Ordinal);
            Assert.True(at == 0 || answer[at - 1] == ' ' && answer[at - 2] is ',' or '.' or ':' or ';', $"starts mid-clause: {quote}");
            var end = at + quote.Length;
            var endsAClause = end == answer.Length || answer[end] is ',' or ';' || (answer[end] == ' ' && answer[end - 1] == '.');
            Assert.True(endsAClause, $"ends mid-clause: {quote}");
        });
        Assert.NotEqual(Point(assessment, "early-wins").Evidence, Point(assessment, "external-community").Evidence);
    }
}
