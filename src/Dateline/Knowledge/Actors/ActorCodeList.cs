using System.Globalization;
using System.Text;
using Dateline.Knowledge.Dictionaries;

namespace Dateline.Knowledge.Actors;

/// <summary>
/// The <c>codes</c> column of the knowledge files: codes separated by <c>;</c>, each <c>CODE</c> or
/// <c>CODE FROM..UNTIL</c> with ISO dates (<c>UKRGOV 2019-05-20..</c>, <c>USAGOV 2021-01-20..2025-01-20</c>); FROM is
/// the first day the code applies, UNTIL the first day it no longer does; either may be left out. Codes are
/// upper-case letters and digits, or <c>---</c> (CAMEO's null code, found in TABARI files).
/// </summary>
internal static class ActorCodeList
{
    private const string DateFormat = "yyyy-MM-dd";

    public static bool TryParse(string text, out List<ActorCode> codes, out string? error)
    {
        codes = [];
        error = null;
        foreach (var part in text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryParseOne(part, out var code, out error)) return false;
            codes.Add(code);
        }
        return true;
    }

    public static string Format(IReadOnlyList<ActorCode> codes)
    {
        var text = new StringBuilder();
        foreach (var code in codes)
        {
            if (text.Length > 0) text.Append("; ");
            text.Append(code.Code);
            if (!code.IsDated) continue;
            text.Append(' ');
            if (code.From is { } from) text.Append(from.ToString(DateFormat, CultureInfo.InvariantCulture));
            text.Append("..");
            if (code.Until is { } until) text.Append(until.ToString(DateFormat, CultureInfo.InvariantCulture));
        }
        return text.ToString();
    }

    private static bool TryParseOne(string part, out ActorCode code, out string? error)
    {
        code = default;
        error = null;
        var blank = part.IndexOf(' ');
        var name = blank < 0 ? part : part[..blank];
        if (!IsCode(name))
        {
            error = $"code '{name}' must be upper-case letters and digits (or CAMEO's null code ---)";
            return false;
        }
        if (blank < 0)
        {
            code = new ActorCode(name, null, null);
            return true;
        }
        var window = part[(blank + 1)..].Trim();
        var dots = window.IndexOf("..", StringComparison.Ordinal);
        if (dots < 0)
        {
            error = $"date window '{window}' of {name} must read FROM..UNTIL (either side may be empty)";
            return false;
        }
        if (!TryDate(window[..dots], out var from, out error) || !TryDate(window[(dots + 2)..], out var until, out error)) return false;
        if (from is null && until is null)
        {
            error = $"date window of {name} is empty; write the code alone";
            return false;
        }
        if (from is { } f && until is { } u && u < f)
        {
            error = $"date window '{window}' of {name} ends before it starts";
            return false;
        }
        code = new ActorCode(name, from, until);
        return true;
    }

    private static bool TryDate(string text, out DateOnly? date, out string? error)
    {
        date = null;
        error = null;
        if (text.Length == 0) return true;
        if (DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
        {
            date = value;
            return true;
        }
        error = $"date '{text}' is not YYYY-MM-DD";
        return false;
    }

    private static bool IsCode(string text)
    {
        if (text.Length == 0) return false;
        foreach (var c in text)
        {
            if (c is not (>= 'A' and <= 'Z' or >= '0' and <= '9' or '-')) return false;
        }
        return true;
    }
}
