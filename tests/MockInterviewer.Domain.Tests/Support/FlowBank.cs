using MockInterviewer.Domain.Bank;

namespace MockInterviewer.Domain.Tests.Support;

/// <summary>
/// A three-question track for flow tests. Cross-validation's follow-ups are listed lightest point first, so
/// picking by weight and picking by position give different answers, and it has more follow-ups than the
/// flow may ask.
/// </summary>
internal static class FlowBank
{
    public const string Track = "flow";
    public const string CrossValidation = "flow-cv";
    public const string Regularization = "flow-reg";
    public const string Deployment = "flow-deploy";

    public static QuestionBank Value { get; } = QuestionBankLoader.Load([("flow.yaml", Yaml)]);

    /// <summary>Answers that cover every point of their question, in English.</summary>
    public static IReadOnlyDictionary<string, string> Thorough { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [CrossValidation] = "You split the data into k folds and validate on each fold in turn. " +
            "It shows whether the model is overfitting and how well it generalizes to unseen data. " +
            "With imbalanced labels I use stratified folds so every fold keeps the class balance.",
        [Regularization] = "Regularization adds a penalty such as L1 or L2 on the weights to the loss. " +
            "That keeps the model simpler, so it can reduce overfitting.",
        [Deployment] = "I package the model in a Docker container so it runs in the same environment everywhere. " +
            "I keep each model version so we can roll back to the previous version quickly if something breaks.",
    };

    private const string Yaml = """
        track: flow
        title: { ko: 흐름, en: Flow }
        categories:
          theory: { ko: 이론, en: Theory }
          practice: { ko: 실무, en: Practice }
        lexicon:
          overfitting: [과적합, overfitting, overfit]
        questions:
          - id: flow-cv
            category: theory
            difficulty: easy
            rarity: very-common
            text: { ko: 교차 검증이란 무엇입니까?, en: What is cross-validation? }
            referencePoints:
              - id: folds
                weight: 50
                text: { ko: 데이터를 k개의 폴드로 나눠 번갈아 검증한다, en: Split the data into k folds and validate on each in turn }
                advice: { ko: 폴드로 나눠 번갈아 검증하는 순서를 말해 보세요., en: Walk through splitting into folds and validating on each. }
                concepts:
                  - [폴드, fold, k-fold]
                  - [번갈아, 돌아가며, 각각, in turn, each, rotate]
              - id: generalization
                weight: 30
                text: { ko: 과적합과 일반화 성능을 확인한다, en: Reveals overfitting and how well the model generalizes }
                advice: { ko: 과적합과 일반화 성능을 어떻게 알 수 있는지 덧붙여 보세요., en: Add what it tells you about overfitting and generalization. }
                concepts:
                  - ["@overfitting"]
                  - [일반화, generalize, generalization, unseen]
              - id: stratify
                weight: 20
                text: { ko: 층화 추출로 클래스 비율을 유지한다, en: Stratified folds keep the class balance }
                advice: { ko: 층화로 클래스 비율을 지킨다는 점을 덧붙여 보세요., en: Add that stratified folds keep the class balance. }
                concepts:
                  - [층화, stratified, stratify]
                  - [클래스 비율, class balance, proportion]
            followUps:
              - probes: stratify
                text: { ko: 클래스가 불균형하면 어떻게 나누나요?, en: How would you split imbalanced classes? }
                hint: { ko: 층마다 비율을 어떻게 지킬지 떠올려 보세요., en: Think about keeping each group's share the same in every fold. }
              - probes: generalization
                text: { ko: 교차 검증으로 무엇을 알 수 있나요?, en: What does cross-validation tell you? }
                hint: { ko: 훈련 점수와 검증 점수를 비교해 보세요., en: Compare the training and validation scores. }
              - probes: folds
                text: { ko: 데이터를 어떻게 나누나요?, en: How do you split the data? }
                hint: { ko: 데이터를 몇 조각으로 나눌지 떠올려 보세요., en: Think about how many pieces you would cut the data into. }
              - probes: stratify
                text: { ko: 희귀한 클래스는 어떻게 다루나요?, en: What about very rare classes? }
                hint: { ko: 아주 적은 클래스가 폴드마다 들어가게 하려면 어떻게 할지 생각해 보세요., en: Think about getting a very rare class into every fold. }
            hints:
              - { ko: 한 번만 나누면 어떤 문제가 있을까요?, en: What goes wrong with a single split? }
            modelAnswer:
              ko: 데이터를 k개의 폴드로 나눠 번갈아 검증하고, 과적합과 일반화 성능을 확인하며, 층화로 클래스 비율을 유지합니다.
              en: Split the data into k folds and validate on each in turn, revealing overfitting and generalization, with stratified folds keeping the class balance.
          - id: flow-reg
            category: theory
            difficulty: medium
            rarity: common
            text: { ko: 정규화란 무엇입니까?, en: What is regularization? }
            referencePoints:
              - id: penalty
                weight: 60
                text: { ko: 가중치에 L1·L2 패널티를 더한다, en: Adds an L1 or L2 penalty on the weights }
                advice: { ko: 손실에 L1이나 L2 패널티를 더한다고 말해 보세요., en: Say that you add an L1 or L2 penalty to the loss. }
                concepts:
                  - [패널티, 페널티, penalty, L1, L2]
                  - [가중치, weights, coefficients]
              - id: purpose
                weight: 40
                text: { ko: 과적합을 줄인다, en: Reduces overfitting }
                advice: { ko: 과적합을 줄이는 이유를 덧붙여 보세요., en: Add why it reduces overfitting. }
                concepts:
                  - ["@overfitting"]
                  - [줄이, 줄여, 막, reduce, prevent]
            followUps:
              - probes: penalty
                text: { ko: 손실 함수에 무엇을 더하나요?, en: What do you add to the loss? }
                hint: { ko: 가중치 크기를 벌주는 항을 떠올려 보세요., en: Think about a term that punishes large weights. }
              - probes: purpose
                text: { ko: 왜 필요한가요?, en: Why is it needed? }
                hint: { ko: 모델이 너무 외우면 어떻게 될지 생각해 보세요., en: Think about what happens when a model memorises. }
            hints:
              - { ko: 모델이 너무 복잡해지면 어떻게 될까요?, en: What happens when a model grows too complex? }
              - { ko: 손실 함수를 떠올려 보세요., en: Think about the loss function. }
            modelAnswer:
              ko: 손실에 가중치의 L1·L2 패널티를 더해 모델을 단순하게 유지하고 과적합을 줄입니다.
              en: Add an L1 or L2 penalty on the weights to the loss, keeping the model simple and reducing overfitting.
          - id: flow-deploy
            category: practice
            difficulty: medium
            rarity: common
            text: { ko: 모델을 어떻게 배포합니까?, en: How do you deploy a model? }
            referencePoints:
              - id: container
                weight: 50
                text: { ko: 도커 컨테이너로 같은 환경에서 실행한다, en: Runs in a Docker container for the same environment everywhere }
                advice: { ko: 도커로 어디서나 같은 환경을 만든다고 말해 보세요., en: Say how Docker gives you the same environment everywhere. }
                concepts:
                  - [도커, 컨테이너, docker, container]
                  - [같은 환경, 동일한 환경, same environment, reproducible]
              - id: rollback
                weight: 50
                text: { ko: 버전을 관리해 이전 버전으로 롤백한다, en: Versions models so it can roll back to the previous version }
                advice: { ko: 이전 버전으로 롤백하는 방법을 덧붙여 보세요., en: Add how you would roll back to the previous version. }
                concepts:
                  - [롤백, rollback, roll back, 이전 버전, previous version]
                  - [버전, version, versions]
            followUps:
              - probes: container
                text: { ko: 환경 차이는 어떻게 없애나요?, en: How do you remove environment differences? }
                hint: { ko: 어디서나 똑같이 돌아가는 상자를 떠올려 보세요., en: Picture a box that runs the same everywhere. }
              - probes: rollback
                text: { ko: 새 모델이 문제를 일으키면 어떻게 하나요?, en: What if the new model misbehaves? }
                hint: { ko: 어제 버전이 남아 있다면 어떨지 생각해 보세요., en: Think about what having yesterday's version around would give you. }
            hints:
              - { ko: 개발 환경과 운영 환경이 다르면 어떤 일이 생길까요?, en: What happens when development and production differ? }
            modelAnswer:
              ko: 도커 컨테이너로 같은 환경에서 실행하고, 모델 버전을 관리해 문제가 생기면 이전 버전으로 롤백합니다.
              en: Run it in a Docker container for the same environment everywhere, and version models so you can roll back to the previous version.
        """;
}
