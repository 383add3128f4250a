using MockInterviewer.Domain.Telemetry;
using OpenTelemetry;
using OpenTelemetry.Exporter;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace MockInterviewer.Server.Telemetry;

public static class TelemetryExtensions
{
    // Semantic Kernel's and Microsoft.Extensions.AI's own sources and meters (the latter's default name is still marked experimental).
    private static readonly string[] ModelLibraries = ["Microsoft.SemanticKernel*", "Experimental.Microsoft.Extensions.AI*", "Microsoft.Extensions.AI*"];

    /// <summary>
    /// OpenTelemetry traces, metrics and logs to an OTLP collector when <c>Telemetry:OtlpEndpoint</c> is set; with it
    /// unset nothing is collected or exported (the service's instruments cost next to nothing with nobody listening).
    /// </summary>
    public static WebApplicationBuilder AddTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<TelemetryOptions>().BindConfiguration(TelemetryOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var telemetry = builder.Configuration.GetSection(TelemetryOptions.SectionName).Get<TelemetryOptions>() ?? new TelemetryOptions();

        // An endpoint that is no address is reported by the options' validation, naming the key, before anything is sent.
        if (!telemetry.Exports || !TelemetryOptions.IsHttpUrl(telemetry.OtlpEndpoint!))
        {
            return builder;
        }

        var protocol = telemetry.OtlpProtocol == "http/protobuf" ? OtlpExportProtocol.HttpProtobuf : OtlpExportProtocol.Grpc;
        builder.Logging.AddOpenTelemetry(logs =>
        {
            logs.IncludeScopes = true;
            logs.IncludeFormattedMessage = true;
        });
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(telemetry.ServiceName))
            .WithTracing(tracing => tracing.AddInterviewTracing())
            .WithMetrics(metrics => metrics.AddInterviewMetrics())
            .UseOtlpExporter(protocol, new Uri(telemetry.OtlpEndpoint!));
        return builder;
    }

    /// <summary>The spans worth keeping: the service's own (a span per hub command and model call), ASP.NET Core's, outgoing HTTP, SK's.</summary>
    public static TracerProviderBuilder AddInterviewTracing(this TracerProviderBuilder tracing) =>
        tracing
            .AddSource(InterviewTelemetry.Name)
            .AddSource(ModelLibraries)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation();

    public static MeterProviderBuilder AddInterviewMetrics(this MeterProviderBuilder metrics) =>
        metrics
            .AddMeter(InterviewTelemetry.Name)
            .AddMeter(ModelLibraries)
            .AddAspNetCoreInstrumentation()
            .AddHttpClientInstrumentation()
            .AddRuntimeInstrumentation();
}
