using MockInterviewer.Domain.Tests.Support;
using MockInterviewer.Llm.Prompts;

namespace MockInterviewer.Llm.Tests.Prompts;

public sealed class LlmPromptsTests
{
    public static TheoryData<string> Files() => new(Directory.GetFiles(Path.Combine(RepositoryPaths.Prompts, LlmPrompts.Folder), "*.yaml").Select(Path.GetFileName)!);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_prompt_file_parses_and_uses_exactly_the_variables_it_declares(string file)
    {
        var template = PromptTemplateLoader.Load(Path.Combine(RepositoryPaths.Prompts, LlmPrompts.Folder, file));

        Assert.Equal(Path.GetFileNameWithoutExtension(file), template.Name);
        var values = template.Variables.ToDictionary(v => v, v => $"<{v}>");
        var rendered = template.Render(values);
        Assert.All(template.Variables, v => Assert.Contains($"<{v}>", rendered, StringComparison.Ordinal));
        Assert.DoesNotContain("{{", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void The_whole_folder_loads()
    {
        var prompts = LlmPrompts.Load(RepositoryPaths.Prompts);

        Assert.Empty(prompts.Persona.Variables);
        Assert.Empty(prompts.GradingRubric.Variables);
        Assert.Contains("answer", prompts.GradingRequest.Variables);
    }

    [Fact]
    public void The_stable_prefixes_start_with_the_persona_and_are_rendered_once_for_every_request()
    {
        var prompts = LlmPrompts.Load(RepositoryPaths.Prompts);

        Assert.Equal(prompts.Persona.Render() + "\n\n" + prompts.Interviewer.Render(), prompts.InterviewerPrefix);
        Assert.Equal(prompts.Persona.Render() + "\n\n" + prompts.GradingRubric.Render(), prompts.GradingPrefix);
        Assert.Same(prompts.InterviewerPrefix, prompts.InterviewerPrefix);
        Assert.Same(prompts.GradingPrefix, prompts.GradingPrefix);
    }

    [Theory]
    [InlineData("name: t\ninput_variables: []\ntemplate: Hello {{$who}}", "template", "who")]
    [InlineData("name: t\ninput_variables: [{name: who}, {name: extra}]\ntemplate: Hello {{$who}}", "input_variables", "extra")]
    [InlineData("name: t\ntemplate: [", "(syntax)", "line")]
    [InlineData("input_variables: []\ntemplate: Hello", "name", "required")]
    public void A_broken_file_is_refused_naming_the_file_and_field(string yaml, string field, string problem)
    {
        var folder = Directory.CreateTempSubdirectory("llm-prompts-").FullName;
        var path = Path.Combine(folder, "broken.yaml");
        File.WriteAllText(path, yaml);

        var error = Assert.Throws<PromptTemplateException>(() => PromptTemplateLoader.Load(path));

        Assert.Contains("broken.yaml", error.Message, StringComparison.Ordinal);
        Assert.Equal(field, error.Field);
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_looks_like_a_placeholder_is_not_expanded()
    {
        var template = PromptTemplate.Create("t.yaml", "t", "{{$a}} and {{$b}}", ["a", "b"]);

        Assert.Equal("{{$b}} and x", template.Render(new Dictionary<string, string> { ["a"] = "{{$b}}", ["b"] = "x" }));
    }
}
