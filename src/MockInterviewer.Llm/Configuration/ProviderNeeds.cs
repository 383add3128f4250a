namespace MockInterviewer.Llm.Configuration;

/// <summary>Which of <c>Llm:Endpoint</c>, <c>Llm:ApiKey</c> and <c>Llm:Model</c> a provider cannot do without.</summary>
public sealed record ProviderNeeds(bool Endpoint, bool ApiKey, bool Model);
