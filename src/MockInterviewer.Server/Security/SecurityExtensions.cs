using Microsoft.Extensions.Options;
using MockInterviewer.Contracts.Hub;
using MockInterviewer.Server.Errors;

namespace MockInterviewer.Server.Security;

public static class SecurityExtensions
{
    private const string AllowedOriginsPolicy = "allowed-origins";

    public static WebApplicationBuilder AddSecurity(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<OriginGate>();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<SecurityOptions>>((forwarded, security) => TrustedProxies.Apply(forwarded, security.Value.TrustedProxies));
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.AddServerHeader = false);

        // No origin configured: a policy that admits no other origin, so CORS stays closed.
        builder.Services.AddCors();
        builder.Services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<SecurityOptions>>((cors, security) => cors.AddPolicy(AllowedOriginsPolicy, policy => policy
                .WithOrigins(security.Value.AllowedOrigins.Select(origin => origin.TrimEnd('/')).ToArray())
                .AllowAnyHeader()
                .AllowAnyMethod()
                .AllowCredentials()));
        return builder;
    }

    public static WebApplication UseSecurity(this WebApplication app)
    {
        if (app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.TrustedProxies.Length > 0)
        {
            app.UseForwardedHeaders();
        }

        app.UseSecurityHeaders();
        app.UseCors(AllowedOriginsPolicy);
        app.UseRequestBodyLimits();
        app.UseWhen(
            context => context.Request.Path.StartsWithSegments(InterviewHubRoutes.Path),
            hub => hub.Use(async (context, next) =>
            {
                if (context.RequestServices.GetRequiredService<OriginGate>().Allows(context.Request))
                {
                    await next(context);
                    return;
                }

                await Problems.Of(StatusCodes.Status403Forbidden, "origin-not-allowed",
                    "Pages from this origin may not open the interview hub.").ExecuteAsync(context);
            }));
        return app;
    }
}
