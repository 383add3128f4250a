namespace MockInterviewer.LoadDriver.Candidates;

/// <summary>Answers of a candidate who explains at some length, in each language: the grader reads every sentence.</summary>
public static class CannedAnswers
{
    private static readonly string[] English =
    [
        "Overfitting is when a model learns the noise of the training data instead of the pattern, so it scores well on training data but badly on new data. I would detect it by comparing training and validation loss, and reduce it with regularisation such as L2 or dropout, more data, early stopping and cross-validation.",
        "Precision is the share of predicted positives that are really positive, and recall is the share of real positives the model finds. When false negatives are costly, as in disease screening, I would favour recall, and I would look at the F1 score and the precision-recall curve to choose a threshold.",
        "Bagging trains many models in parallel on bootstrap samples and averages them, which lowers variance, while boosting trains models sequentially so each one corrects the errors of the previous ones, which lowers bias. Random forest is bagging with random feature subsets; gradient boosting is the common boosting method.",
    ];

    private static readonly string[] Korean =
    [
        "과적합은 모델이 학습 데이터의 패턴이 아니라 노이즈까지 외워서 학습 데이터에서는 잘 맞지만 새로운 데이터에서는 성능이 떨어지는 현상입니다. 학습 손실과 검증 손실을 비교해서 발견하고, L2 정규화나 드롭아웃, 데이터 추가, 조기 종료, 교차 검증으로 줄일 수 있습니다.",
        "정밀도는 양성으로 예측한 것 중 실제 양성의 비율이고, 재현율은 실제 양성 중 모델이 찾아낸 비율입니다. 질병 진단처럼 놓치는 비용이 크면 재현율을 더 중요하게 보고, F1 점수와 정밀도-재현율 곡선을 보고 임계값을 정합니다.",
        "배깅은 부트스트랩 샘플로 여러 모델을 병렬로 학습해서 평균을 내기 때문에 분산을 줄이고, 부스팅은 모델을 순차적으로 학습하면서 이전 모델의 오류를 보완해서 편향을 줄입니다. 랜덤 포레스트는 배깅, 그래디언트 부스팅은 부스팅의 대표적인 방법입니다.",
    ];

    public static string For(string language, int index)
    {
        var answers = language == "ko" ? Korean : English;
        return answers[index % answers.Length];
    }

    /// <summary>Half the candidates in Korean, half in English.</summary>
    public static string LanguageOf(int candidate) => candidate % 2 == 0 ? "ko" : "en";
}
