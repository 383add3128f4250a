namespace MockInterviewer.Domain.Tests.Support;

/// <summary>
/// Small bank files that exercise what the offline grader reads beyond concepts: subjects and contradictions,
/// a likely misreading, and (in a personal file) story steps and rubric echoes.
/// </summary>
internal static class GraderBankYaml
{
    public const string Ensembles = """
        track: demo-ml
        title: { ko: 데모, en: Demo }
        categories:
          theory: { ko: 이론, en: Theory }
        questions:
          - id: demo-ensembles
            category: theory
            difficulty: easy
            rarity: common
            text: { ko: 배깅과 부스팅은 어떻게 다른가요?, en: How do bagging and boosting differ? }
            referencePoints:
              - id: bagging-parallel
                weight: 40
                text: { ko: 배깅은 모델을 병렬로 학습한다, en: Bagging trains its models in parallel }
                advice: { ko: 배깅이 모델을 어떻게 학습하는지 말해 보세요., en: Say how bagging trains its models. }
                subject: [배깅, bagging]
                concepts:
                  - [배깅, bagging]
                  - [병렬, 독립, parallel, independently]
                contradicts:
                  - says: [순차, sequential, sequentially, one after another]
              - id: boosting-sequential
                weight: 40
                text: { ko: 부스팅은 모델을 순차적으로 학습한다, en: Boosting trains its models one after another }
                advice: { ko: 부스팅이 모델을 어떻게 학습하는지 말해 보세요., en: Say how boosting trains its models. }
                subject: [부스팅, boosting]
                concepts:
                  - [부스팅, boosting]
                  - [순차, sequential, sequentially, one after another]
                contradicts:
                  - says: [병렬, 독립, parallel, independently]
              - id: spread
                weight: 20
                text: { ko: 예측의 분산이 줄어든다, en: The spread of the predictions shrinks }
                advice: { ko: 무엇이 줄어드는지 말해 보세요., en: Say what shrinks. }
                concepts:
                  - [분산, variance]
            misreadings:
              - id: scaling
                label: { ko: 특성 스케일링, en: feature scaling }
                concepts:
                  - [평균 0, 분산 1, zero mean, unit variance]
                  - [스케일링, 표준화, scaling, standardize]
            followUps:
              - probes: bagging-parallel
                text: { ko: 배깅은 모델을 어떻게 학습하나요?, en: How does bagging train its models? }
            hints:
              - { ko: 학습 순서를 생각해 보세요., en: Think about the order of training. }
            modelAnswer: { ko: "배깅은 병렬로, 부스팅은 순차적으로 학습합니다.", en: "Bagging trains in parallel, boosting one after another." }
        """;

    public const string Personal = """
        track: demo-personal
        title: { ko: 데모, en: Demo }
        personal: true
        categories:
          self: { ko: 자기 인식, en: Self-awareness }
        questions:
          - id: demo-weakness
            category: self
            difficulty: easy
            rarity: common
            text: { ko: 본인의 단점은 무엇인가요?, en: What is your weakness? }
            referencePoints:
              - id: names-weakness
                weight: 30
                text: { ko: 단점을 솔직하고 구체적으로 밝힌다, en: Names a real weakness honestly and specifically }
                advice: { ko: 단점 하나를 솔직하게 말해 보세요., en: Name one real weakness. }
                concepts:
                  - [급하, 급한, 조급, impatient, rush]
              - id: story
                weight: 70
                text: { ko: "그 단점이 드러난 실제 경험(상황, 한 일, 결과)을 든다", en: "Gives a real experience of it (situation, what they did, the result)" }
                advice: { ko: 그 단점이 드러난 경험을 하나 말해 보세요., en: Tell one time it showed. }
                story: [situation, action, result]
                require: 2
            followUps:
              - probes: story
                star: situation
                text: { ko: 그 단점이 문제가 된 적이 있나요?, en: Has it ever caused a problem? }
            hints:
              - { ko: 최근의 실수를 떠올려 보세요., en: Think of a recent mistake. }
            modelAnswer: { ko: 급한 성격 때문에 실수한 경험과 그 결과를 말합니다., en: "Impatience, and a time it caused a mistake." }
        """;
}
