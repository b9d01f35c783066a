namespace Dateline.Documents;

/// <summary>The kinds of named entity the recognizer assigns.</summary>
public enum EntityType
{
    /// <summary>A person.</summary>
    Person,
    /// <summary>An organization: government body, company, agency, outlet, alliance.</summary>
    Organization,
    /// <summary>A place: country, city, region, geographic feature (GPE folded in).</summary>
    Location,
    /// <summary>A nationality or group adjective: <c>Russian</c>, <c>Western</c>.</summary>
    Group,
}
