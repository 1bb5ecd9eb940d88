using VixShield.Live.Testing.Tws;

namespace VixShield.Live.Adapters.InteractiveBrokers.Tests.FakeServer;

/// <summary>The test kit's fake TWS composes the same server messages as the stand-in that made the recordings.</summary>
public sealed class FakeTwsScriptTests
{
    private const long RecordedNow = 1792158300;

    public static TheoryData<string> Scenarios => new(TwsGoldenScenario.Names);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Reply_GoldenScriptForEachRecordedRequest_EqualsTheRecordedRuleReplies(string scenarioName)
    {
        var scenario = TwsGoldenScenario.Load(scenarioName);
        var sut = FakeTwsScript.Load(scenario.ScriptPath);
        var recordedGroups = scenario.ServerMessages
            .Where(m => m.Why.StartsWith("rule ", StringComparison.Ordinal))
            .GroupBy(m => m.Why)
            .Select(group => group.Select(m => (m.MessageId, Fields: string.Join("|", m.Fields))).ToList())
            .ToList();

        var composedGroups = scenario.ClientMessages
            .Select(m => sut.Reply(new FakeTwsRequest(1, m.MessageId, m.Name, m.Fields), scenario.NegotiatedVersion, RecordedNow))
            .Where(replies => replies.Count > 0)
            .Select(replies => replies.Select(r => (r.MessageId, Fields: string.Join("|", r.Fields))).ToList())
            .ToList();

        Assert.Equal(recordedGroups.Count, composedGroups.Count);
        foreach (var composed in composedGroups)
        {
            Assert.Contains(recordedGroups, recorded => recorded.SequenceEqual(composed));
        }
    }

    [Fact]
    public void Messages_StartupAndBuiltInReplies_EqualTheRecordedOnes()
    {
        var recorded = TwsGoldenScenario.Load("refdata").ServerMessages;
        var expected = new[]
        {
            FakeTwsMessages.ManagedAccounts("DU1234567"),
            FakeTwsMessages.NextValidId(1),
            FakeTwsMessages.Error(-1, 2104, "Market data farm connection is OK:usfarm"),
            FakeTwsMessages.Error(-1, 2106, "HMDS data farm connection is OK:ushmds"),
            FakeTwsMessages.Error(-1, 2158, "Sec-def data farm connection is OK:secdefnj"),
            FakeTwsMessages.NextValidId(1),
            FakeTwsMessages.CurrentTime(RecordedNow),
        };

        var actual = recorded.Where(m => m.Why is "startup" or "auto").ToList();

        Assert.Equal(expected.Select(m => (m.MessageId, string.Join("|", m.Fields))), actual.Select(m => (m.MessageId, string.Join("|", m.Fields))));
    }
}
