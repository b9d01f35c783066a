namespace Dateline.Knowledge.Dictionaries;

/// <summary>
/// One code of an actor with its optional validity window: valid from <see cref="From"/> (inclusive) until
/// <see cref="Until"/> (exclusive), as PETRARCH compares dates (<c>&gt;D</c>: on or after D; <c>&lt;D</c>: before D;
/// <c>A-B</c>: on or after A and before B).
/// </summary>
/// <param name="Code">The CAMEO actor code, e.g. <c>USAGOV</c>.</param>
/// <param name="From">First day the code applies, or null for no lower bound.</param>
/// <param name="Until">First day the code no longer applies, or null for no upper bound.</param>
public readonly record struct ActorCode(string Code, DateOnly? From, DateOnly? Until)
{
    /// <summary>True when the code has a date restriction.</summary>
    public bool IsDated => From.HasValue || Until.HasValue;

    /// <summary>True when the code applies on <paramref name="date"/>.</summary>
    public bool IsValidOn(DateOnly date) => (From is not { } from || date >= from) && (Until is not { } until || date < until);
}
