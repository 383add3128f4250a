namespace MockInterviewer.Domain.Tests.Support;

/// <summary>A small valid bank file, for tests that break one thing at a time.</summary>
internal static class BankYaml
{
    public const string Valid = """
        track: demo
        title: { ko: 데모, en: Demo }
        categories:
          theory: { ko: 이론, en: Theory }
        lexicon:
          overfitting: [과적합, overfitting]
        questions:
          - id: demo-cv
            category: theory
            difficulty: easy
            rarity: very-common
            text: { ko: 교차 검증이란 무엇입니까?, en: What is cross-validation? }
            referencePoints:
              - id: folds
                weight: 60
                text: { ko: 데이터를 k개의 폴드로 나눠 번갈아 검증한다, en: Split the data into k folds and validate on each in turn }
                advice: { ko: 폴드를 나누고 번갈아 검증하는 순서를 말해 보세요., en: Walk through splitting into folds and validating on each. }
                concepts:
                  - [폴드, fold, k-fold]
                  - [번갈아, 돌아가며, 각각, in turn, each, rotate]
              - id: overfitting
                weight: 40
                text: { ko: 과적합을 감지한다, en: Detects overfitting }
                advice: { ko: 과적합을 어떻게 알아채는지 덧붙여 보세요., en: Add how it reveals overfitting. }
                concepts:
                  - ["@overfitting"]
            followUps:
              - probes: folds
                text: { ko: 데이터를 어떻게 나누나요?, en: How do you split the data? }
              - probes: overfitting
                text: { ko: 무엇을 알아낼 수 있나요?, en: What can it reveal? }
            hints:
              - { ko: 한 번만 나누면 어떤 문제가 있을까요?, en: What goes wrong with a single split? }
            modelAnswer: { ko: 폴드로 나눠 번갈아 검증하고 과적합을 감지합니다., en: "Split into folds, validate on each, detect overfitting." }
        """;

    public static string With(string find, string replace)
    {
        Assert.Contains(find, Valid, StringComparison.Ordinal);
        return Valid.Replace(find, replace, StringComparison.Ordinal);
    }
}
