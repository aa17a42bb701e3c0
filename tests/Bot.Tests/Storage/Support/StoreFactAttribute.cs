using Xunit.Abstractions;
using Xunit.Sdk;

namespace Assistant.Bot.Tests.Storage.Support;

/// <summary>
/// A store contract test: it runs in every class that inherits it, and in a class marked <see cref="IRunsOnPostgres"/>
/// it is reported as skipped, with the reason, when no PostgreSQL server is configured.
/// </summary>
[XunitTestCaseDiscoverer("Assistant.Bot.Tests.Storage.Support.StoreFactDiscoverer", "Assistant.Bot.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class StoreFactAttribute : FactAttribute;

/// <summary>Decides per concrete test class (the contract's methods are declared once, in the abstract base).</summary>
public sealed class StoreFactDiscoverer(IMessageSink diagnostics) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions discoveryOptions, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var needsServer = typeof(IRunsOnPostgres).IsAssignableFrom(testMethod.TestClass.Class.ToRuntimeType());
        var display = discoveryOptions.MethodDisplayOrDefault();
        var options = discoveryOptions.MethodDisplayOptionsOrDefault();
        yield return needsServer && PostgresServer.ConnectionString is null
            ? new NoServerTestCase(diagnostics, display, options, testMethod)
            : new XunitTestCase(diagnostics, display, options, testMethod);
    }
}

/// <summary>A PostgreSQL test with no server to run on: skipped, saying why.</summary>
public sealed class NoServerTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public NoServerTestCase()
    {
    }

    public NoServerTestCase(IMessageSink diagnostics, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod testMethod)
        : base(diagnostics, display, options, testMethod)
    {
    }

    protected override string GetSkipReason(IAttributeInfo factAttribute) => PostgresServer.SkipReason;
}
