using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Tests.Security;

public sealed class ProductionErrorTests
{
    private const string Secret = "connection to db-internal:5432 failed";

    [Fact]
    public async Task An_unexpected_failure_in_production_answers_a_problem_without_a_stack_trace()
    {
        using var factory = new ServerFactory(
            settings: new Dictionary<string, string?> { ["environment"] = "Production" },
            services: services => services.AddSingleton(sp => new SessionAccess(new FailingContexts(), sp.GetRequiredService<SessionWriter>())));

        var response = await factory.CreateClient().GetAsync("/api/sessions/some-session/report");

        var problem = await response.AssertProblemAsync(HttpStatusCode.InternalServerError);
        Assert.Equal("unexpected-error", problem.GetProperty("code").GetString());
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(Secret, body);
        Assert.DoesNotContain(" at ", body);
        Assert.DoesNotContain(nameof(InvalidOperationException), body);
    }

    private sealed class FailingContexts : IDbContextFactory<InterviewDbContext>
    {
        public InterviewDbContext CreateDbContext() => throw new InvalidOperationException(Secret);
    }
}
