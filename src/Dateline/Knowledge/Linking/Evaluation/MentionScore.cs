namespace Dateline.Knowledge.Linking.Evaluation;

/// <summary>Mention detection and alias clustering counts for one system (the recognizer alone, or after linking).</summary>
public sealed class MentionScore
{
    /// <summary>Gold named mentions scored.</summary>
    public int Gold { get; internal set; }

    /// <summary>Predicted mentions scored.</summary>
    public int Predicted { get; internal set; }

    /// <summary>Predicted mentions with exactly a gold mention's tokens.</summary>
    public int Strict { get; internal set; }

    /// <summary>Predicted mentions overlapping a gold mention (one to one).</summary>
    public int Overlap { get; internal set; }

    /// <summary>Strict matches whose gold mention has a type, and of those the ones typed alike.</summary>
    public int Typed { get; internal set; }

    /// <summary>Strict matches typed as the gold says.</summary>
    public int TypedRight { get; internal set; }

    /// <summary>Sum over matched, linked gold mentions of B-cubed precision.</summary>
    public double CubedPrecisionSum { get; internal set; }

    /// <summary>Sum over matched, linked gold mentions of B-cubed recall.</summary>
    public double CubedRecallSum { get; internal set; }

    /// <summary>Matched gold mentions that refer to an entity (the B-cubed population).</summary>
    public int CubedMentions { get; internal set; }

    /// <summary>Strict precision, recall and F1.</summary>
    public (double P, double R, double F) StrictPrf => Prf(Strict);

    /// <summary>Overlap precision, recall and F1.</summary>
    public (double P, double R, double F) OverlapPrf => Prf(Overlap);

    /// <summary>B-cubed precision, recall and F1 of the clusters over matched named mentions.</summary>
    public (double P, double R, double F) Cubed
    {
        get
        {
            if (CubedMentions == 0) return (0, 0, 0);
            var p = CubedPrecisionSum / CubedMentions;
            var r = CubedRecallSum / CubedMentions;
            return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
        }
    }

    private (double P, double R, double F) Prf(int right)
    {
        var p = Predicted == 0 ? 0 : (double)right / Predicted;
        var r = Gold == 0 ? 0 : (double)right / Gold;
        return (p, r, p + r == 0 ? 0 : 2 * p * r / (p + r));
    }
}
