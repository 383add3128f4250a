using Microsoft.SemanticKernel.ChatCompletion;
using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Llm.Tests.Support;

/// <summary>
/// Words of the length a real interview has: a candidate who explains and then tells what they did (about
/// 150 to 250 words an answer), and a model whose replies are as long as its prompts ask (a one-sentence lead-in,
/// a one- or two-sentence follow-up, feedback of a few sentences).
/// </summary>
internal static class RealisticInterview
{
    private static readonly string[] StoriesEn =
    [
        "To give you a concrete example from my last project: we were building a churn model for a subscription service, and at first I just trained on everything we had and the validation numbers looked great. Only when we put it in front of the product team did we notice that two of the features were computed after the customer had already cancelled, so the model was partly reading the answer. We rebuilt the pipeline so that every feature was computed as of the prediction date, retrained, and the offline score dropped, but the model finally behaved the same way in production as it did in our notebooks, which was what mattered.",
        "In practice, the way I approached this at my internship was to start small and measure before changing anything. I wrote a short script that logged the input shapes, the time each step took and the memory it used, then ran it on a sample of about ten thousand rows. That showed me the slow part was not the model at all but the preprocessing, where we were converting data frames back and forth. After I moved that into a single vectorised step the whole job went from forty minutes to about six, and I kept the logging in place so the team could see if it regressed later.",
        "When I did this in a team setting, the hardest part was honestly the communication rather than the code. I wrote down what I expected to happen, shared a small notebook with the results, and asked a senior engineer to review the assumptions before we changed anything in production. We agreed on one metric to watch, rolled the change out to a small share of the traffic first, and compared it for a week. I learned that being explicit about what would make us roll back saved a lot of discussion later, and I try to do that on every change now.",
    ];

    private static readonly string[] StoriesKo =
    [
        "구체적인 예를 들면, 지난 프로젝트에서 구독 서비스의 이탈 예측 모델을 만들었는데요, 처음에는 가지고 있던 데이터를 전부 넣어서 학습했더니 검증 점수가 아주 좋게 나왔습니다. 그런데 제품 팀에 보여 주는 과정에서 특성 두 개가 고객이 이미 해지한 뒤에 계산된 값이라는 걸 알게 되었고, 결국 모델이 정답을 일부 보고 있었던 거였습니다. 그래서 모든 특성을 예측 시점 기준으로 다시 계산하도록 파이프라인을 고치고 다시 학습했더니 오프라인 점수는 조금 떨어졌지만, 실제 서비스에서도 노트북에서와 같은 성능이 나오게 되었고 그게 가장 중요한 부분이었습니다.",
        "실무에서는 인턴 때 이 문제를 다룰 때 먼저 작게 시작해서 측정부터 했습니다. 입력 형태와 단계별 소요 시간, 메모리 사용량을 기록하는 짧은 스크립트를 만들어서 만 건 정도의 샘플로 돌려 봤는데요, 그 결과 느린 부분이 모델이 아니라 데이터프레임을 여러 번 변환하던 전처리 단계라는 걸 알 수 있었습니다. 그 부분을 한 번의 벡터 연산으로 바꾸니까 전체 작업이 사십 분에서 육 분 정도로 줄었고, 나중에 다시 느려지면 팀이 바로 알 수 있도록 로그는 그대로 남겨 두었습니다.",
        "팀에서 이 작업을 했을 때 가장 어려웠던 건 솔직히 코드보다 소통이었습니다. 제가 예상하는 결과를 먼저 글로 정리하고, 작은 노트북으로 결과를 공유한 다음, 운영에 반영하기 전에 선배 엔지니어에게 가정이 맞는지 검토를 부탁드렸습니다. 지켜볼 지표 하나를 정하고 트래픽 일부에만 먼저 적용해서 일주일 동안 비교했는데요, 어떤 경우에 되돌릴지를 미리 분명히 해 두니 나중에 논의가 훨씬 줄었다는 걸 배웠고, 그 뒤로는 변경할 때마다 그렇게 하고 있습니다.",
    ];

    public static string Story(Language language, int index) =>
        (language == Language.Ko ? StoriesKo : StoriesEn)[index % StoriesEn.Length];

    /// <summary>What a model would say to this request, by the step the request asks for.</summary>
    public static string Reply(Language language, ChatHistory request)
    {
        var step = request[^1].Content ?? "";
        var ko = language == Language.Ko;
        if (step.Contains("Step: give feedback", StringComparison.Ordinal))
        {
            return ko
                ? "점수는 위와 같습니다. 핵심 개념을 본인의 말로 설명하신 부분이 좋았고, 직접 겪은 사례를 들어 주셔서 실제로 써 보셨다는 게 잘 전해졌습니다. 다만 가장 비중이 큰 부분 하나가 빠졌는데요, 다음에는 그 부분을 먼저 한 문장으로 정의한 뒤 예시로 넘어가 보세요. 그러면 답변의 구조가 훨씬 분명해질 겁니다."
                : "You scored as shown above. You explained the core idea in your own words, and the story from your project made it clear you have actually used it. The heaviest point you left out is the one to work on: next time, state it in one sentence before you move to your example, so the interviewer hears the definition first and the story second. That structure will make a strong answer even stronger.";
        }

        if (step.Contains("Step: ask one follow-up", StringComparison.Ordinal))
        {
            return ko
                ? "말씀하신 사례가 흥미롭네요. 그때 그 방법을 선택하신 이유와, 다른 방법과 비교해서 어떤 점을 가장 중요하게 보셨는지 조금 더 설명해 주시겠어요?"
                : "That example is interesting. What made you choose that approach at the time, and what did you weigh most when you compared it with the alternatives?";
        }

        if (step.Contains("Step: give a hint", StringComparison.Ordinal))
        {
            return ko ? "괜찮습니다. 그 방법이 언제 문제가 되는지부터 떠올려 보시면 어떨까요?" : "No problem. Think first about when that approach runs into trouble.";
        }

        return ko ? "좋습니다, 잘 들었습니다. 이번에는 조금 다른 주제로 넘어가 보겠습니다." : "Thank you, that was helpful. Let's move on to a slightly different topic.";
    }
}
