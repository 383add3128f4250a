namespace MockInterviewer.Domain.Tests.Support;

/// <summary>Self-introductions for the repository's one-minute question.</summary>
internal static class SelfIntro
{
    public const string Strong =
        "안녕하세요, 데이터 분석가 직무에 지원한 김하늘입니다. 대학 시절 추천 시스템 프로젝트를 진행했고, 인기도 기반 모델과 비교한 " +
        "A/B 테스트에서 추천 만족도를 20% 높였습니다. 사용자가 늘 같은 상품만 보는 것이 궁금해서 스스로 시작한 프로젝트였고, " +
        "평가 기준을 정하는 과정에서 많이 고민했습니다. 이 경험을 바탕으로 모델을 검증하는 역량을 살려 입사 후 팀에 기여하는 인재가 되겠습니다.";

    public const string Weak = "안녕하세요, 김하늘입니다. 잘 부탁드립니다.";
}
