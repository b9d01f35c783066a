using System.Globalization;

namespace Dateline.Extraction.Numbers;

/// <summary>
/// Reads one token written in digits: grouping separators (Western <c>130,000</c>, Indian <c>1,00,000</c>,
/// European <c>1.111,11</c>), decimals, a sign, slash fractions, ordinal suffixes (<c>21st</c>),
/// scientific notation and attached scales (<c>1.2bn</c>, <c>10k</c>) or units (<c>5km</c>).
/// </summary>
internal static class DigitNumberParser
{
    /// <summary>Reads <paramref name="token"/>; the shape is <see cref="DigitShape.None"/> when it is not a number.</summary>
    public static DigitNumber Parse(ReadOnlySpan<char> token)
    {
        var number = ParseNumber(token);
        return number.Shape == DigitShape.None && IsRunTogether(token) ? new(DigitShape.List, 0, false, -1, false) : number;
    }

    /// <summary>5/17/2018, +1-222-2222/2222: digit runs joined by two or more separators, read as a list of numbers.</summary>
    private static bool IsRunTogether(ReadOnlySpan<char> token)
    {
        var separators = 0;
        foreach (var c in token)
        {
            if (char.IsAsciiDigit(c)) continue;
            if (c is not ('-' or '/' or '.' or ',' or '+')) return false;
            separators++;
        }
        return separators >= 2 && char.IsAsciiDigit(token[^1]);
    }

    private static DigitNumber ParseNumber(ReadOnlySpan<char> token)
    {
        var signed = token.Length > 1 && IsSign(token[0]);
        var negative = signed && token[0] != '+';
        var bodyStart = signed ? 1 : 0;
        var bodyEnd = bodyStart;
        while (bodyEnd < token.Length && (char.IsAsciiDigit(token[bodyEnd]) || token[bodyEnd] is ',' or '.')) bodyEnd++;
        var body = token[bodyStart..bodyEnd];
        if (body.IsEmpty || !HasDigit(body) || !char.IsAsciiDigit(body[^1])) return default;
        var rest = token[bodyEnd..];
        if (!rest.IsEmpty && rest[0] == '/') return ParseFraction(body, rest[1..], negative, signed);
        var shape = ReadBody(body, out var value);
        if (shape is DigitShape.None or DigitShape.List) return shape == DigitShape.List && rest.IsEmpty && !signed ? new(DigitShape.List, 0, false, -1, false) : default;
        if (negative) value = -value;
        return rest.IsEmpty ? new(shape, value, false, -1, signed) : ParseSuffix(rest, shape, value, bodyEnd, signed);
    }

    /// <summary>Reads the plain numeric body (<c>1,234.5</c>) of a token into its value.</summary>
    public static DigitShape ReadBody(ReadOnlySpan<char> body, out double value)
    {
        value = 0;
        var commas = body.Count(',');
        var dots = body.Count('.');
        if (commas == 0 && dots == 0) return ToValue(body, -1, out value) ? DigitShape.Integer : DigitShape.None;
        if (commas == 0) return dots == 1 ? Decimal(body, body.IndexOf('.'), out value) : DigitShape.List;
        var dot = body.IndexOf('.');
        if (dots == 0 || (dots == 1 && dot > body.LastIndexOf(',')))
        {
            var integerPart = dot < 0 ? body : body[..dot];
            if (IsWesternGrouping(integerPart) || IsIndianGrouping(integerPart)) return Grouped(body, dot, out value);
            if (dots == 0 && commas == 1) return Decimal(body, body.IndexOf(','), out value);
            return dots == 0 ? DigitShape.List : DigitShape.None;
        }
        var comma = body.IndexOf(',');
        if (commas == 1 && comma > body.LastIndexOf('.') && IsGrouped(body[..comma], '.'))
        {
            return Decimal(body, comma, out value);
        }
        return DigitShape.None;
    }

    private static DigitNumber ParseFraction(ReadOnlySpan<char> numerator, ReadOnlySpan<char> denominator, bool negative, bool signed)
    {
        if (denominator.IsEmpty || denominator.ContainsAnyExcept("0123456789") || numerator.ContainsAny(",.")) return default;
        if (!ToValue(numerator, -1, out var top) || !ToValue(denominator, -1, out var bottom) || bottom == 0) return default;
        var value = top / bottom;
        return new(DigitShape.Fraction, negative ? -value : value, false, -1, signed);
    }

    private static DigitNumber ParseSuffix(ReadOnlySpan<char> rest, DigitShape shape, double value, int suffixStart, bool signed)
    {
        if (shape == DigitShape.Integer && IsOrdinalSuffix(rest)) return new(DigitShape.Ordinal, value, false, -1, signed);
        if (TryExponent(rest, out var exponent)) return new(DigitShape.Power, value * Math.Pow(10, exponent), false, -1, signed);
        var scale = NumberLexicon.AbbreviationScale(rest);
        if (scale > 0) return new(shape, Round(value * scale), true, -1, signed);
        foreach (var c in rest)
        {
            if (!char.IsLetter(c) && c is not ('/' or '²' or '³')) return default;
        }
        return new(shape, value, false, suffixStart, signed);
    }

    private static bool TryExponent(ReadOnlySpan<char> rest, out int exponent)
    {
        exponent = 0;
        if (rest.Length < 2 || (rest[0] | 0x20) != 'e') return false;
        var digits = rest[1..];
        return !digits.IsEmpty && (char.IsAsciiDigit(digits[0]) || (digits.Length > 1 && IsSign(digits[0])))
            && int.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out exponent)
            && Math.Abs(exponent) < 300;
    }

    private static bool IsOrdinalSuffix(ReadOnlySpan<char> rest) =>
        rest.Length == 2 && (rest.Equals("st", StringComparison.OrdinalIgnoreCase) || rest.Equals("nd", StringComparison.OrdinalIgnoreCase)
            || rest.Equals("rd", StringComparison.OrdinalIgnoreCase) || rest.Equals("th", StringComparison.OrdinalIgnoreCase));

    /// <summary>1,234,567: a group of one to three digits, then groups of exactly three.</summary>
    private static bool IsWesternGrouping(ReadOnlySpan<char> integerPart) => IsGrouped(integerPart, ',');

    private static bool IsGrouped(ReadOnlySpan<char> integerPart, char separator)
    {
        var groups = 0;
        foreach (var range in integerPart.Split(separator))
        {
            var length = range.End.Value - range.Start.Value;
            if (groups == 0 ? length is < 1 or > 3 : length != 3) return false;
            groups++;
        }
        return groups > 1;
    }

    /// <summary>12,34,567: one or two digits, groups of two, then a last group of three.</summary>
    private static bool IsIndianGrouping(ReadOnlySpan<char> integerPart)
    {
        var last = integerPart.LastIndexOf(',');
        if (last < 0 || integerPart.Length - last - 1 != 3) return false;
        var head = integerPart[..last];
        var groups = 0;
        foreach (var range in head.Split(','))
        {
            var length = range.End.Value - range.Start.Value;
            if (groups == 0 ? length is < 1 or > 2 : length != 2) return false;
            groups++;
        }
        return true;
    }

    private static DigitShape Grouped(ReadOnlySpan<char> body, int dot, out double value) =>
        ToValue(body, dot, out value) ? (dot < 0 ? DigitShape.Integer : DigitShape.Decimal) : DigitShape.None;

    private static DigitShape Decimal(ReadOnlySpan<char> body, int point, out double value) =>
        ToValue(body, point, out value) ? DigitShape.Decimal : DigitShape.None;

    /// <summary>Parses the digits of <paramref name="body"/>, with the decimal point at <paramref name="point"/> (or none).</summary>
    private static bool ToValue(ReadOnlySpan<char> body, int point, out double value)
    {
        Span<char> buffer = stackalloc char[body.Length + 1];
        var length = 0;
        if (point == 0) buffer[length++] = '0';
        for (var i = 0; i < body.Length; i++)
        {
            if (i == point) buffer[length++] = '.';
            else if (char.IsAsciiDigit(body[i])) buffer[length++] = body[i];
        }
        var digits = buffer[..length];
        if (decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var exact))
        {
            value = (double)exact;
            return true;
        }
        return double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Rounds away binary noise from scaling a decimal (1.2 × 10⁹ → 1,200,000,000): snaps to 15 significant digits.</summary>
    public static double Round(double value)
    {
        if (value == 0 || !double.IsFinite(value)) return value;
        var magnitude = Math.Pow(10, 14 - (int)Math.Floor(Math.Log10(Math.Abs(value))));
        var snapped = Math.Round(value * magnitude) / magnitude;
        return double.IsFinite(snapped) ? snapped : value;
    }

    private static bool HasDigit(ReadOnlySpan<char> body) => body.IndexOfAnyInRange('0', '9') >= 0;

    /// <summary>True for +, - and the minus sign.</summary>
    public static bool IsSign(char c) => c is '-' or '+' or '−';
}
