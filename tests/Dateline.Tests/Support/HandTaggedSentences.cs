using Dateline.Corpora;

namespace Dateline.Tests.Support;

/// <summary>Builds small tagged sentences by hand, written as <c>form/XPOS/UPOS/lemma</c> separated by spaces.</summary>
public static class HandTaggedSentences
{
    /// <summary>A handful of sentences written for the tagger tests.</summary>
    public static IReadOnlyList<ConlluSentence> Training { get; } =
    [
        Parse("The/DT/DET/the cat/NN/NOUN/cat sleeps/VBZ/VERB/sleep ././PUNCT/."),
        Parse("A/DT/DET/a dog/NN/NOUN/dog barks/VBZ/VERB/bark ././PUNCT/."),
        Parse("The/DT/DET/the dogs/NNS/NOUN/dog barked/VBD/VERB/bark loudly/RB/ADV/loudly ././PUNCT/."),
        Parse("Maria/NNP/PROPN/Maria sees/VBZ/VERB/see the/DT/DET/the cats/NNS/NOUN/cat ././PUNCT/."),
        Parse("She/PRP/PRON/she walked/VBD/VERB/walk to/IN/ADP/to the/DT/DET/the river/NN/NOUN/river ././PUNCT/."),
        Parse("They/PRP/PRON/they were/VBD/AUX/be walking/VBG/VERB/walk home/RB/ADV/home ././PUNCT/."),
        Parse("Old/JJ/ADJ/old boats/NNS/NOUN/boat sink/VBP/VERB/sink slowly/RB/ADV/slowly ././PUNCT/."),
        Parse("John/NNP/PROPN/John has/VBZ/AUX/have eaten/VBN/VERB/eat three/CD/NUM/three apples/NNS/NOUN/apple ././PUNCT/."),
    ];

    /// <summary>Parses one sentence.</summary>
    public static ConlluSentence Parse(string tagged)
    {
        var words = new List<ConlluToken>();
        foreach (var item in tagged.Split(' '))
        {
            var parts = SplitItem(item);
            words.Add(new ConlluToken(parts[0], parts[3], parts[2], parts[1], "_", 0, "dep", "_"));
        }
        return new ConlluSentence("hand", "", words, [], [], false, false);
    }

    /// <summary>The forms of a sentence.</summary>
    public static List<string> Forms(ConlluSentence sentence) => [.. sentence.Words.Select(w => w.Form)];

    private static string[] SplitItem(string item)
    {
        // A form may itself be "/" or "."; the last three fields never contain a slash.
        var parts = item.Split('/');
        if (parts.Length == 4) return parts;
        var n = parts.Length;
        return [string.Join('/', parts[..(n - 3)]), parts[n - 3], parts[n - 2], parts[n - 1]];
    }
}
