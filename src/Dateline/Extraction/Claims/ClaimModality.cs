namespace Dateline.Extraction.Claims;

/// <summary>How firmly a claim holds its event.</summary>
public enum ClaimModality
{
    /// <summary>Stated as fact: "Russia is moving troops".</summary>
    Assert,

    /// <summary>Stated as what will happen: "February 16 will be the day of the attack".</summary>
    Predict,

    /// <summary>Stated as what may happen: "Russia could invade at any moment".</summary>
    Possible,

    /// <summary>Stated as what someone wants or plans: "Russia does not want to invade".</summary>
    Intend,
}
