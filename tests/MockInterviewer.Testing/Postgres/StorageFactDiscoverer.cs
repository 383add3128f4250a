using Xunit.Abstractions;
using Xunit.Sdk;

namespace MockInterviewer.Testing.Postgres;

/// <summary>Decides per test class, since an inherited test's attribute cannot know which class it runs in.</summary>
public sealed class StorageFactDiscoverer(IMessageSink diagnosticMessageSink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = discoveryOptions.MethodDisplayOrDefault();
        var displayOptions = discoveryOptions.MethodDisplayOptionsOrDefault();
        var onPostgres = testMethod.TestClass.Class.GetCustomAttributes(typeof(OnPostgresAttribute)).Any();
        if (onPostgres && TestPostgres.SkipReason is { } reason)
        {
            return [new XunitSkippedDataRowTestCase(diagnosticMessageSink, display, displayOptions, testMethod, reason)];
        }

        return [new XunitTestCase(diagnosticMessageSink, display, displayOptions, testMethod)];
    }
}
