using System.Globalization;

namespace Dateline.Cli.Commands;

/// <summary>Reads <c>YYYY-MM-DD</c> options.</summary>
internal static class CliDates
{
    public static DateTimeOffset? Parse(string? value, string option)
    {
        if (value is null) return null;
        if (DateTime.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return new DateTimeOffset(day, TimeSpan.Zero);
        }
        throw new CliException($"{option} '{value}' is not a date of the form YYYY-MM-DD.");
    }

    /// <summary>The option's value checked and returned as <c>YYYY-MM-DD</c>.</summary>
    public static string? Day(string? value, string option) =>
        Parse(value, option)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
