using Dateline.Documents;

namespace Dateline.Nlp.Entities;

/// <summary>
/// The BILOU label set of the sequence labeler: label 0 is O; the others are
/// <c>1 + 4 * type + part</c> with part B=0, I=1, L=2, U=3 and type Person=0, Organization=1, Location=2.
/// Group mentions are not labelled by the model (see <see cref="GroupMentionFinder"/>).
/// </summary>
internal static class BilouScheme
{
    /// <summary>The entity types the model labels.</summary>
    public static readonly EntityType[] Types = [EntityType.Person, EntityType.Organization, EntityType.Location];

    /// <summary>Number of labels (O plus four parts for each type).</summary>
    public const int LabelCount = 13;

    /// <summary>The outside label.</summary>
    public const int Outside = 0;

    /// <summary>Part of a label: begin, inside, last, unit.</summary>
    public const int Begin = 0, Inside = 1, Last = 2, Unit = 3;

    /// <summary>The label for a part of a type.</summary>
    public static int Label(int typeIndex, int part) => 1 + typeIndex * 4 + part;

    /// <summary>The part of a non-O label.</summary>
    public static int PartOf(int label) => (label - 1) & 3;

    /// <summary>The type index of a non-O label.</summary>
    public static int TypeOf(int label) => (label - 1) >> 2;

    /// <summary>Index of a model type, or -1 for a type the model does not label.</summary>
    public static int TypeIndex(EntityType type) => Array.IndexOf(Types, type);

    /// <summary>True when a sentence may start with <paramref name="label"/>.</summary>
    public static bool CanStart(int label) => label == Outside || PartOf(label) is Begin or Unit;

    /// <summary>True when a sentence may end with <paramref name="label"/>.</summary>
    public static bool CanEnd(int label) => label == Outside || PartOf(label) is Last or Unit;

    /// <summary>True when <paramref name="next"/> may follow <paramref name="previous"/>.</summary>
    public static bool CanFollow(int previous, int next)
    {
        var open = previous != Outside && PartOf(previous) is Begin or Inside;
        if (!open)
        {
            return CanStart(next);
        }
        return next != Outside && PartOf(next) is Inside or Last && TypeOf(next) == TypeOf(previous);
    }

    /// <summary>Labels for a sentence of <paramref name="length"/> tokens; overlapping spans after the first are ignored.</summary>
    public static int[] Encode(IReadOnlyList<NamedSpan> spans, int length)
    {
        var labels = new int[length];
        foreach (var span in spans)
        {
            var type = TypeIndex(span.Type);
            if (type < 0 || span.Start < 0 || span.End > length || span.Length <= 0 || Overlaps(labels, span))
            {
                continue;
            }
            if (span.Length == 1)
            {
                labels[span.Start] = Label(type, Unit);
                continue;
            }
            labels[span.Start] = Label(type, Begin);
            for (var i = span.Start + 1; i < span.End - 1; i++) labels[i] = Label(type, Inside);
            labels[span.End - 1] = Label(type, Last);
        }
        return labels;
    }

    /// <summary>
    /// Reads spans from labels, repairing invalid sequences: an I or L without an open span of its type
    /// starts one, and a span left open by a B or I is closed before the next O, B, U or change of type.
    /// </summary>
    public static List<NamedSpan> Decode(ReadOnlySpan<int> labels)
    {
        var spans = new List<NamedSpan>();
        int start = -1, openType = -1;
        for (var i = 0; i < labels.Length; i++)
        {
            var label = labels[i];
            var type = label == Outside ? -1 : TypeOf(label);
            var part = label == Outside ? -1 : PartOf(label);
            var continues = start >= 0 && type == openType && part is Inside or Last;
            if (!continues && start >= 0)
            {
                spans.Add(new NamedSpan(start, i, Types[openType]));
                start = -1;
            }
            if (label == Outside) continue;
            if (start < 0)
            {
                start = i;
                openType = type;
            }
            if (part is Last or Unit)
            {
                spans.Add(new NamedSpan(start, i + 1, Types[openType]));
                start = -1;
            }
        }
        if (start >= 0) spans.Add(new NamedSpan(start, labels.Length, Types[openType]));
        return spans;
    }

    private static bool Overlaps(int[] labels, NamedSpan span)
    {
        for (var i = span.Start; i < span.End; i++)
        {
            if (labels[i] != Outside) return true;
        }
        return false;
    }
}
