using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using MockInterviewer.Storage;

namespace MockInterviewer.Server.Accounts;

/// <summary>
/// Accounts by ASP.NET Core Identity in the interview database, with its endpoints under <see cref="RoutePrefix"/>;
/// the page signs in with the cookie (<c>login?useCookies=true</c>). Passwords follow Identity's defaults and a
/// run of wrong passwords locks the account for a while.
/// </summary>
public static class AccountExtensions
{
    public const string RoutePrefix = "/api/account";

    public static readonly TimeSpan StampCheckInterval = TimeSpan.FromMinutes(1);

    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        builder.Services.AddAuthorization();
        builder.Services
            .AddIdentityApiEndpoints<IdentityUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<InterviewDbContext>();
        builder.Services.Replace(ServiceDescriptor.Scoped<IUserStore<IdentityUser>, WrittenUserStore>());
        // Identity re-reads the account behind a cookie every half hour by default: a deleted account or a
        // password change would stay signed in on another device that long.
        builder.Services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((validator, clock) =>
        {
            validator.ValidationInterval = StampCheckInterval;
            validator.TimeProvider = clock;
        });
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "MockInterviewer.Account";
            cookie.Cookie.SameSite = SameSiteMode.Strict;

            // The server has no sign-in page to send anyone to: whoever calls without the cookie is told so.
            cookie.Events.OnRedirectToLogin = context => Refuse(context.Response, StatusCodes.Status401Unauthorized);
            cookie.Events.OnRedirectToAccessDenied = context => Refuse(context.Response, StatusCodes.Status403Forbidden);
        });
        return builder;
    }

    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder routes)
    {
        var account = routes.MapGroup(RoutePrefix).WithTags("Account");
        account.MapIdentityApi<IdentityUser>();
        account.MapPost("/logout", SignOut);
        return routes;
    }

    // Signed in or not, the candidate is signed out afterwards: nothing to refuse.
    private static async Task<NoContent> SignOut(SignInManager<IdentityUser> signIn)
    {
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static Task Refuse(HttpResponse response, int status)
    {
        response.StatusCode = status;
        return Task.CompletedTask;
    }
}
