using System.Globalization;

namespace Dateline.Storage.Export;

/// <summary>
/// Writes one tab-separated row field by field, as GDELT's files are: no quoting, so a tab or line break inside
/// a value becomes a space; null is an empty field; numbers in the invariant culture.
/// </summary>
internal sealed class TsvRowWriter(TextWriter output)
{
    private readonly TextWriter _output = output;
    private bool _first = true;

    public TsvRowWriter Text(string? value)
    {
        Separator();
        if (value is null) return this;
        if (value.AsSpan().IndexOfAny('\t', '\n', '\r') < 0)
        {
            _output.Write(value);
            return this;
        }
        foreach (var c in value) _output.Write(c is '\t' or '\n' or '\r' ? ' ' : c);
        return this;
    }

    public TsvRowWriter Number(long? value)
    {
        Separator();
        if (value is { } v) _output.Write(v);
        return this;
    }

    public TsvRowWriter Number(double? value)
    {
        Separator();
        if (value is { } v) _output.Write(v.ToString("0.######", CultureInfo.InvariantCulture));
        return this;
    }

    public TsvRowWriter Empty(int fields)
    {
        for (var i = 0; i < fields; i++) Separator();
        return this;
    }

    public void End()
    {
        _output.Write('\n');
        _first = true;
    }

    private void Separator()
    {
        if (!_first) _output.Write('\t');
        _first = false;
    }
}
