using Xunit;

namespace ThiDua.Rules.Tests.Json;

public sealed class MalformedDossierJsonTests
{
    private static DossierProblem SingleProblem(string json)
    {
        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier(json));
        return Assert.Single(error.Problems);
    }

    [Fact]
    public void ReadDossier_UnknownEnumValue_NamesItsPath()
    {
        var problem = SingleProblem("""{ "periods": [ { "period": "2021", "taskRating": "superb" } ] }""");

        Assert.Equal("$.periods[0].taskRating", problem.Path);
    }

    [Fact]
    public void ReadDossier_ImpossibleDate_NamesItsPath()
    {
        var problem = SingleProblem("""{ "recruitmentDate": "2021-13-01" }""");

        Assert.Equal("$.recruitmentDate", problem.Path);
        Assert.Contains("2021-13-01", problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "recruitmentDate": "2021-01-01T08:00:00" }""")]
    [InlineData("""{ "recruitmentDate": "01/02/2021" }""")]
    [InlineData("""{ "recruitmentDate": "2021-1-1" }""")]
    [InlineData("""{ "recruitmentDate": 20210101 }""")]
    public void ReadDossier_DateNotWrittenYearMonthDay_IsRejected(string json)
    {
        Assert.Equal("$.recruitmentDate", SingleProblem(json).Path);
    }

    [Fact]
    public void ReadDossier_UnknownProperty_IsRejectedNamingIt()
    {
        var problem = SingleProblem("""{ "periods": [ { "period": "2021", "monthWorked": 12 } ] }""");

        Assert.StartsWith("$.periods[0]", problem.Path, StringComparison.Ordinal);
        Assert.Contains("monthWorked", problem.Path + " " + problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_UnknownTopLevelProperty_IsRejectedNamingIt()
    {
        var problem = SingleProblem("""{ "id": "X", "categry": "worker" }""");

        Assert.Contains("categry", problem.Path + " " + problem.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "category": 0 }""", "$.category")]
    [InlineData("""{ "category": "0" }""", "$.category")]
    [InlineData("""{ "periods": [ { "period": "2021", "taskRating": 2 } ] }""", "$.periods[0].taskRating")]
    [InlineData("""{ "disciplines": [ { "form": 1, "decisionDate": "2021-05-05" } ] }""", "$.disciplines[0].form")]
    public void ReadDossier_IntegerEnum_IsRejected(string json, string path)
    {
        Assert.Equal(path, SingleProblem(json).Path);
    }

    [Theory]
    [InlineData("""{ "category": "civil_servant" }""")]
    [InlineData("""{ "category": "civil servant" }""")]
    [InlineData("""{ "category": "" }""")]
    public void ReadDossier_EnumNameThatIsNoMember_IsRejected(string json)
    {
        Assert.Equal("$.category", SingleProblem(json).Path);
    }

    [Theory]
    [InlineData("monthsWorked")]
    [InlineData("workingDaysAbsent")]
    public void ReadDossier_WrongValueType_NamesItsPath(string member)
    {
        var problem = SingleProblem($$"""{ "periods": [ { "period": "2021", "{{member}}": "twelve" } ] }""");

        Assert.Equal("$.periods[0]." + member, problem.Path);
    }

    [Fact]
    public void ReadDossier_WorkingDaysAbsent_IsRead()
    {
        var dossier = ThiDuaJson.ReadDossier("""{ "periods": [ { "period": "2015", "workingDaysAbsent": 41 } ] }""");

        Assert.Equal(41, dossier.Periods![0].WorkingDaysAbsent);
    }

    [Theory]
    [InlineData("""{ "periods": [ { "period": "1850" } ] }""")]
    [InlineData("""{ "periods": [ { "period": "20x1" } ] }""")]
    [InlineData("""{ "periods": [ { "period": "2021-2023" } ] }""")]
    public void ReadDossier_InvalidPeriod_NamesItsPath(string json)
    {
        Assert.Equal("$.periods[0].period", SingleProblem(json).Path);
    }

    [Fact]
    public void ReadDossier_BrokenSyntax_ReportsTheLine()
    {
        var problem = SingleProblem("{\n  \"id\": \"X\",\n  \"category\": \"worker\"\n  \"fullName\": \"Y\"\n}");

        Assert.Contains("line", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadDossier_NullDocument_IsRejectedAtTheRoot()
    {
        Assert.Equal("$", SingleProblem("null").Path);
    }

    [Fact]
    public void ReadDossier_Problem_IsInTheExceptionMessage()
    {
        var error = Assert.Throws<InvalidDossierException>(() => ThiDuaJson.ReadDossier("""{ "recruitmentDate": "2021-13-01" }"""));

        Assert.Contains("$.recruitmentDate", error.Message, StringComparison.Ordinal);
    }
}
