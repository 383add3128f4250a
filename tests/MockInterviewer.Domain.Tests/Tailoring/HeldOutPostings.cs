namespace MockInterviewer.Domain.Tests.Tailoring;

/// <summary>
/// Postings written after the tailoring word lists were tuned, and never used to tune them: they measure how the
/// ranking does on postings it has not seen. Do not adjust prompts/tailoring to make these pass; add new
/// tuning postings to <see cref="Postings"/> instead and keep these for measuring.
/// </summary>
internal static class HeldOutPostings
{
    public const string LlmApplicationsEnglish = """
        Who we are
        A small team building AI assistants for insurance agents. We value ownership and kindness.

        Responsibilities
        - Build LLM-powered features on top of the OpenAI and Anthropic APIs
        - Design prompts, few-shot examples and evaluation sets; iterate on prompt quality
        - Ship quick prototypes end to end and turn the good ones into products
        - Retrieval-augmented generation over our policy documents

        Nice to have
        - Experience with LangChain or Semantic Kernel

        Perks
        - Stock options, free lunch, hybrid work
        """;

    public const string LargeDataKorean = """
        [팀 소개]
        데이터 플랫폼 팀은 하루 수십억 건의 로그를 다룹니다.

        [담당 업무]
        - 메모리에 다 올라가지 않는 대용량 데이터를 파이썬으로 처리하는 배치 파이프라인 개발
        - Spark, Dask 기반 분산 처리 작업 최적화
        - 파이프라인 중간에 실패한 작업의 예외 처리와 재시도 설계

        [우대 사항]
        - 파이썬 제너레이터와 이터레이터를 활용한 스트리밍 처리 경험

        [혜택]
        - 자율 출퇴근, 도서 구입비 지원
        """;

    public const string ModelOperationsKorean = """
        [주요 업무]
        - 학습된 모델을 저장하고 버전을 관리하여 서비스에 배포 (pickle, joblib, ONNX)
        - 운영 중인 모델의 성능 저하와 데이터 드리프트 모니터링 및 알림 구축
        - 재학습 주기 설계

        [자격 요건]
        - 머신러닝 모델 운영 경험 1년 이상

        [복지]
        - 건강검진, 리프레시 휴가
        """;

    public const string FraudDetectionEnglish = """
        About the role
        Join our risk team to detect fraudulent card transactions, where fraud is less than 0.1% of the data.

        You will
        - Train classifiers on heavily imbalanced data (resampling, class weights, SMOTE)
        - Choose the right metrics: precision, recall, F1 and PR curves rather than accuracy
        - Validate models properly with stratified k-fold cross-validation

        Benefits
        - Competitive salary, 401(k) matching
        """;

    /// <summary>Each posting with the questions a person would expect near the top, and how near.</summary>
    public static readonly (string Name, string Posting, string[] Expected, int Within)[] Cases =
    [
        ("LLM applications (en)", LlmApplicationsEnglish, ["ai-llm-api-integration", "ai-prompt-engineering"], 3),
        ("large data (ko)", LargeDataKorean, ["ml-large-data"], 2),
        ("model operations (ko)", ModelOperationsKorean, ["ml-model-serialization", "ml-production-monitoring"], 3),
        ("fraud detection (en)", FraudDetectionEnglish, ["ml-imbalanced-data", "ml-precision-recall-f1"], 3),
    ];
}
