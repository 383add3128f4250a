namespace MockInterviewer.Domain.Tests.Tailoring;

/// <summary>Job postings as candidates paste them: headings, bullets, the company's blurb and the benefits.</summary>
internal static class Postings
{
    public const string MlOpsEnglish = """
        About us
        We are a fast-growing AI startup that helps retailers plan their stock. Join a passionate, collaborative team!

        What you'll do
        - Own our MLOps: take models from notebooks to production
        - Package models with Docker and run them on Kubernetes
        - Serve models behind REST APIs (FastAPI) with health checks
        - Automate testing and deployment with CI/CD (GitHub Actions)
        - Monitor model performance and data drift after release

        Requirements
        - 2+ years of experience with Python
        - Hands-on experience with Docker and CI/CD pipelines

        Benefits
        - Remote-friendly, unlimited PTO, health insurance, a yearly learning budget
        """;

    public const string MlOpsKorean = """
        [회사 소개]
        저희는 리테일 재고 예측 AI 스타트업입니다. 열정적인 동료들과 함께 성장하실 분을 찾습니다!

        [주요 업무]
        - MLOps 파이프라인 구축 및 운영: 노트북의 모델을 프로덕션까지
        - Docker로 모델을 컨테이너화하고 쿠버네티스에 배포
        - FastAPI로 모델 서빙 REST API 개발, 헬스 체크 구성
        - GitHub Actions 기반 CI/CD로 테스트와 배포 자동화
        - 배포 후 모델 성능과 데이터 드리프트 모니터링

        [자격 요건]
        - Python 개발 경력 2년 이상
        - 도커와 CI/CD 파이프라인 실무 경험

        [복리후생]
        - 자율 재택근무, 무제한 연차, 건강검진, 교육비 지원
        """;

    public const string DataScienceEnglish = """
        Data Scientist

        What you'll do
        - Build churn prediction models and engineer features from customer behaviour
        - Handle imbalanced data and validate models with cross-validation
        - Choose evaluation metrics such as precision, recall and F1 score
        - Tune ensembles (XGBoost, LightGBM, random forests) and prevent overfitting with regularization

        Requirements
        - Solid grounding in statistics and machine learning theory (bias-variance trade-off)

        What we offer
        - Stock options, flexible hours, free lunch
        """;

    public const string DataScienceKorean = """
        데이터 사이언티스트 채용

        [주요 업무]
        - 고객 이탈 예측 모델링과 피처 엔지니어링
        - 불균형 데이터 처리, 교차 검증으로 모델 성능 평가
        - 정밀도, 재현율, F1 점수 등 평가 지표 선정
        - XGBoost, LightGBM 같은 앙상블 모델 튜닝, 규제로 과적합 방지

        [자격 요건]
        - 통계와 머신러닝 이론(편향-분산 트레이드오프)에 대한 이해

        [혜택]
        - 스톡옵션, 유연근무, 점심 식대 지원
        """;

    public const string BoilerplateEnglish = """
        We are a fast-growing, mission-driven company building the future of retail with a passionate, diverse team.
        We value ownership, growth and open communication, and we celebrate learning together.
        Benefits: competitive salary and equity, unlimited PTO, health, dental and vision insurance, remote-friendly
        office, a yearly learning budget, free snacks and lunch. We are an equal opportunity employer.
        """;

    public const string BoilerplateKorean = """
        저희는 빠르게 성장하는 리테일 테크 기업입니다. 열정적인 동료들과 수평적인 문화 속에서 함께 성장하실 분을 기다립니다.
        자유로운 소통과 주도적인 업무 방식을 지향합니다.
        복지: 자율 재택근무, 유연근무제, 무제한 연차, 건강검진, 점심 식대와 간식, 도서 및 교육비 지원, 스톡옵션.
        """;
}
