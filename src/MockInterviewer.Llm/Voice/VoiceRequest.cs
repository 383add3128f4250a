using Microsoft.SemanticKernel.ChatCompletion;

namespace MockInterviewer.Llm.Voice;

/// <summary>What to ask the model for one utterance.</summary>
/// <param name="Suffix">Said verbatim after the model's words (the bank's question after the model's lead-in).</param>
/// <param name="Hint">Set for a hint, which is checked whole before any of it is said.</param>
internal sealed record VoiceRequest(ChatHistory History, string? Suffix = null, HintTarget? Hint = null);
