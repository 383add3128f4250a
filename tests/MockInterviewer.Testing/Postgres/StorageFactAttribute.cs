using Xunit;
using Xunit.Sdk;

namespace MockInterviewer.Testing.Postgres;

/// <summary>
/// A test written once for every storage provider, in a base class each provider's test class derives from; it
/// runs always, except in a class marked <see cref="OnPostgresAttribute"/> where PostgreSQL is not configured.
/// </summary>
[XunitTestCaseDiscoverer("MockInterviewer.Testing.Postgres.StorageFactDiscoverer", "MockInterviewer.Testing")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StorageFactAttribute : FactAttribute;
