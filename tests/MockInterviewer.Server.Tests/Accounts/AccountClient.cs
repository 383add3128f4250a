using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using MockInterviewer.Server.Tests.Support;

namespace MockInterviewer.Server.Tests.Accounts;

/// <summary>A browser's view of one account: an HTTP client keeping its cookies, and hub connections that send them.</summary>
internal sealed class AccountClient
{
    public const string Password = "Practise-2-win!";

    private readonly ServerFactory _factory;
    private readonly CookieContainer _cookies = new();

    private AccountClient(ServerFactory factory, string email)
    {
        _factory = factory;
        Email = email;
        Http = factory.CreateDefaultClient(new CookieContainerHandler(_cookies));
    }

    public string Email { get; }

    public HttpClient Http { get; }

    /// <summary>Registers a fresh account and signs it in with the cookie.</summary>
    public static async Task<AccountClient> SignedUpAsync(ServerFactory factory, string? email = null)
    {
        var account = new AccountClient(factory, email ?? $"{Guid.NewGuid():N}@example.com");
        (await account.Http.PostAsJsonAsync("/api/account/register", new { email = account.Email, password = Password })).EnsureSuccessStatusCode();
        (await account.SignInAsync(Password)).EnsureSuccessStatusCode();
        return account;
    }

    /// <summary>Another browser signing in to <paramref name="email"/>'s existing account.</summary>
    public static async Task<AccountClient> SignedInAsync(ServerFactory factory, string email)
    {
        var account = new AccountClient(factory, email);
        (await account.SignInAsync(Password)).EnsureSuccessStatusCode();
        return account;
    }

    public Task<HttpResponseMessage> SignInAsync(string password) =>
        Http.PostAsJsonAsync("/api/account/login?useCookies=true", new { email = Email, password });

    public Task<HttpResponseMessage> SignOutAsync() => Http.PostAsync("/api/account/logout", null);

    public Task<CandidateConnection> ConnectAsync() =>
        CandidateConnection.ConnectAsync(_factory, _cookies.GetCookieHeader(_factory.Server.BaseAddress));
}
