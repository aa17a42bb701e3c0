using System.Globalization;
using Assistant.Bot.Storage;
using Dapper;
using Microsoft.Data.Sqlite;

namespace Assistant.Bot.Tests.Storage;

/// <summary>The one form the stores write times in, and the earlier form they still read and order beside it.</summary>
public sealed class StoredTimeTests
{
    private static readonly DateTimeOffset Local = new DateTimeOffset(2026, 3, 2, 17, 5, 0, TimeSpan.FromHours(8)).AddTicks(1234567);

    [Fact]
    public void A_time_is_written_as_fixed_width_utc_ending_in_z()
    {
        Assert.Equal("2026-03-02T09:05:00.1234567Z", StoredTime.Text(Local));
        Assert.Equal("0001-01-01T00:00:00.0000000Z", StoredTime.Text(DateTimeOffset.MinValue));
        Assert.Equal("9999-12-31T23:59:59.9999999Z", StoredTime.Text(DateTimeOffset.MaxValue));
        Assert.Null(StoredTime.Text((DateTimeOffset?)null));
    }

    [Theory]
    [InlineData("2026-03-02T09:05:00.1234567Z")]
    [InlineData("2026-03-02T09:05:00.1234567+00:00")]
    [InlineData("2026-03-02T17:05:00.1234567+08:00")]
    [InlineData("2026-03-02T09:05:00.1234567")]
    public void Both_forms_and_any_iso_time_read_back_as_the_same_instant_in_utc(string text)
    {
        var read = StoredTime.Parse(text);

        Assert.Equal(Local, read);
        Assert.Equal(TimeSpan.Zero, read.Offset);
        Assert.Null(StoredTime.ParseOptional(null));
    }

    [Fact]
    public void Text_order_is_time_order_between_the_forms_and_of_one_tick_the_earlier_form_sorts_first()
    {
        var instants = new[]
        {
            Local, Local.AddTicks(1), Local.AddTicks(-1), Local.AddSeconds(1), Local.AddDays(-400), Local.AddYears(3),
            new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.Zero).AddTicks(9_999_999), new DateTimeOffset(2027, 1, 1, 0, 0, 0, TimeSpan.Zero),
        };

        foreach (var a in instants)
        {
            foreach (var b in instants.Where(b => b != a))
            {
                var expected = Math.Sign(a.CompareTo(b));
                Assert.Equal(expected, Math.Sign(string.CompareOrdinal(StoredTime.Text(a), StoredTime.Text(b))));
                Assert.Equal(expected, Math.Sign(string.CompareOrdinal(StoredTime.Text(a), Earlier(b))));
                Assert.Equal(expected, Math.Sign(string.CompareOrdinal(Earlier(a), StoredTime.Text(b))));
            }
        }
        Assert.True(string.CompareOrdinal(Earlier(Local), StoredTime.Text(Local)) < 0);
    }

    [Fact]
    public void Below_the_lower_bound_of_a_time_are_exactly_the_earlier_times_in_either_form()
    {
        var instants = new[] { Local, Local.AddTicks(1), Local.AddTicks(-1), Local.AddDays(-1), Local.AddDays(1) };

        foreach (var bound in instants)
        {
            foreach (var row in instants)
            {
                Assert.Equal(row < bound, string.CompareOrdinal(StoredTime.Text(row), StoredTime.LowerBound(bound)) < 0);
                Assert.Equal(row < bound, string.CompareOrdinal(Earlier(row), StoredTime.LowerBound(bound)) < 0);
            }
        }
    }

    [Fact]
    public async Task The_migration_statement_rewrites_only_values_of_the_earlier_form()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await connection.ExecuteAsync("CREATE TABLE t (id INTEGER NOT NULL, at TEXT NULL)");
        var values = new[] { Earlier(Local), StoredTime.Text(Local), "2026-03-02T17:05:00.1234567+08:00", "not a time", null };
        for (var i = 0; i < values.Length; i++)
            await connection.ExecuteAsync("INSERT INTO t VALUES (@i, @at)", new { i, at = values[i] });

        await connection.ExecuteAsync(StoredTime.RewriteEarlierForm("t", "at"));

        Assert.Equal(
            [StoredTime.Text(Local), StoredTime.Text(Local), "2026-03-02T17:05:00.1234567+08:00", "not a time", null],
            await connection.QueryAsync<string?>("SELECT at FROM t ORDER BY id"));
    }

    /// <summary>What builds before ADR 0028 wrote: "O" of the UTC time.</summary>
    internal static string Earlier(DateTimeOffset at) => at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}
