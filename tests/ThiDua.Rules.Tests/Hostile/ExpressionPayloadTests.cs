using ThiDua.Rules.Tests.RuleData;
using Xunit;

namespace ThiDua.Rules.Tests.Hostile;

/// <summary>
/// Rule expressions come from rule files a host may load from a folder, so they are untrusted input to
/// System.Linq.Dynamic.Core. Anything beyond reading facts and comparing them with constants is refused when the
/// rule set loads, with the file, the rule and what is wrong: file and environment access, reflection, calls on
/// non-allowed types (the CVE-2023-32571 kind: <c>"".GetType().Assembly...Invoke(...)</c>), static members of
/// arbitrary types and members of reflection types (the CVE-2024-51417 kind), and tricks through <c>np(...)</c>,
/// <c>it</c>, parameters and anonymous types. And nothing is run while it is refused.
/// </summary>
public sealed class ExpressionPayloadTests
{
    private const string AdvancedStandard = "vn-2013/shared/advanced-standard.json";
    private const string Rule = "STD.NEW_RECRUIT_10_MONTHS";
    private const string Legal = "person.MonthsSinceRecruitment >= $minMonths";

    /// <summary>Reasons the checker gives for what it refuses; one of them must be in the problem.</summary>
    private static readonly string[] RefusalReasons = { "may not use", "may not do", "does not compile", "not a registered fact", "itself; rule expressions read facts" };

    public static TheoryData<string> Payloads => new()
    {
        // Files, processes, the environment.
        "System.IO.File.Exists(\"/etc/passwd\")",
        "System.IO.File.ReadAllText(\"/etc/passwd\") != \"\"",
        "File.ReadAllText(\"/etc/passwd\").Length > 0",
        "System.Diagnostics.Process.Start(\"sh\") != null",
        "Environment.GetEnvironmentVariable(\"HOME\") != null",
        "Environment.CurrentDirectory != null",
        "Environment.ProcessorCount > 0",
        "System.Environment.Exit(1) == null",

        // Reflection.
        "person.GetType() != null",
        "person.GetType().Assembly.FullName != null",
        "person.MonthsSinceRecruitment.GetType().Name == \"Int32\"",
        "typeof(System.IO.File) != null",
        "typeof(PersonnelCategory).Assembly != null",
        "Type.GetType(\"System.IO.File\") != null",
        "System.Type.GetType(\"System.IO.File, System.IO.FileSystem\") != null",
        "person.GetType().GetProperty(\"MonthsSinceRecruitment\").GetValue(person) != null",

        // CVE-2023-32571: methods of any type reached from an allowed one.
        "\"\".GetType().Assembly.DefinedTypes.Where(it.Name == \"AppDomain\").First().DeclaredMethods.Where(it.Name == \"CreateInstanceAndUnwrap\").First().Invoke(null, null) != null",
        "\"\".GetType().Assembly.GetType(\"System.Environment\").GetMethod(\"Exit\").Invoke(null, new object[] { 1 }) == null",
        "\"x\".GetType().Assembly.CreateInstance(\"System.Net.WebClient\") != null",
        "PersonnelCategory.ArmedForces.GetType().Assembly.Location != \"\"",
        "person.Category.ToString() == \"ArmedForces\"",
        "person.Equals(person)",
        "Convert.ToInt32(\"1\") == 1",
        "\"a\" + \"b\" == \"ab\"",

        // CVE-2024-51417: static members of arbitrary types, members of reflection types.
        "AppDomain.CurrentDomain.BaseDirectory != null",
        "System.AppDomain.CurrentDomain.FriendlyName != null",
        "System.Runtime.GCSettings.IsServerGC",
        "DateTime.Now.Year > 2000",
        "Math.PI > 3",
        "int.MaxValue > 0",
        "string.Empty == \"\"",
        "Guid.NewGuid() != Guid.Empty",
        "\"\".GetType().Assembly.EntryPoint != null",
        "\"\".GetType().TypeHandle != null",

        // Null propagation, the implicit parameter, parameters, anonymous types.
        "np(person.GetType().Assembly.FullName) != null",
        "np(AppDomain.CurrentDomain.BaseDirectory) != null",
        "it != null",
        "parent != null",
        "root != null",
        "@0 == null",
        "new(person.MonthsSinceRecruitment as x).x > 0",
        "new[] { 1, 2 }.Length == 2",
        "person == null",
    };

    [Theory]
    [MemberData(nameof(Payloads))]
    public void CreateChecker_PayloadInRuleExpression_IsRefusedAtLoadWithTheRuleAndReason(string payload)
    {
        var expression = "(" + payload + ") || " + Legal;
        using var workspace = RuleSetWorkspace.CopyOfShipped()
            .EditRule(AdvancedStandard, Rule, rule => rule["expression"] = expression);

        var failure = workspace.LoadFailure();

        var problem = ProblemAssert.Has(failure, AdvancedStandard, Rule);
        Assert.True(
            RefusalReasons.Any(r => problem.Reason.Contains(r, StringComparison.Ordinal)),
            $"the problem does not say why the expression is refused: {problem.Reason}");
    }

    [Fact]
    public void CreateChecker_PayloadsWithSideEffects_AreNeverRun()
    {
        var marker = Path.Combine(Path.GetTempPath(), "thidua-payload-" + Guid.NewGuid().ToString("N"));
        var variable = "THIDUA_PAYLOAD_" + Guid.NewGuid().ToString("N");
        var payloads = new[]
        {
            $"System.IO.File.WriteAllText(\"{marker}\", \"x\") == null",
            $"\"\".GetType().Assembly.GetType(\"System.IO.File\").GetMethod(\"WriteAllText\", new Type[] {{ typeof(string), typeof(string) }}).Invoke(null, new object[] {{ \"{marker}\", \"x\" }}) == null",
            $"Environment.SetEnvironmentVariable(\"{variable}\", \"1\") == null",
            $"\"\".GetType().Assembly.GetType(\"System.Environment\").GetMethod(\"SetEnvironmentVariable\", new Type[] {{ typeof(string), typeof(string) }}).Invoke(null, new object[] {{ \"{variable}\", \"1\" }}) == null",
        };

        foreach (var payload in payloads)
        {
            using var workspace = RuleSetWorkspace.CopyOfShipped()
                .EditRule(AdvancedStandard, Rule, rule => rule["expression"] = "(" + payload + ") || " + Legal);

            workspace.LoadFailure();
        }

        Assert.False(File.Exists(marker), "a rule expression wrote a file while the rule set was loaded");
        Assert.Null(Environment.GetEnvironmentVariable(variable));
    }
}
