using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using MockInterviewer.Server.Tests.Support;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Tests.Accounts;

public sealed class WrittenUserStoreTests
{
    [Fact]
    public async Task A_sign_up_is_written_by_the_store_writer_in_its_turn()
    {
        using var factory = new ServerFactory();
        var client = factory.CreateClient();
        await AccountClient.SignedUpAsync(factory);
        var release = new TaskCompletionSource();
        var busyWriter = factory.Services.GetRequiredService<SessionWriter>().RunAsync(_ => release.Task, CancellationToken.None);

        var signUp = client.PostAsJsonAsync("/api/account/register", new { email = $"{Guid.NewGuid():N}@example.com", password = AccountClient.Password });
        // Long enough for a sign-up done beside the writer (the first one, above, warmed the path up).
        var doneWhileTheWriterWasBusy = await Task.WhenAny(signUp, Task.Delay(TimeSpan.FromSeconds(2))) == signUp;
        release.SetResult();
        await busyWriter;
        using var response = await signUp;

        Assert.False(doneWhileTheWriterWasBusy);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_passwords_are_still_counted_until_the_account_locks()
    {
        using var factory = new ServerFactory();
        var account = await AccountClient.SignedUpAsync(factory);
        var wrongTries = new List<HttpStatusCode>();
        for (var i = 0; i < 5; i++)
        {
            using var wrong = await account.SignInAsync("Not-the-password-1!");
            wrongTries.Add(wrong.StatusCode);
        }

        using var right = await account.SignInAsync(AccountClient.Password);

        Assert.All(wrongTries, status => Assert.Equal(HttpStatusCode.Unauthorized, status));
        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
    }
}
