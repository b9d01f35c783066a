using Dateline.Nlp.Learning;
using Dateline.Nlp.Lemmas;

namespace Dateline.Nlp.Tagging;

/// <summary>
/// The stored data of the tagger: labels, perceptron weights, the tag dictionary of frequent
/// unambiguous words and the lemma table. File layout: magic <c>DLTAGGER</c>, version, then a
/// Brotli-compressed body.
/// </summary>
internal sealed class PosTaggerModel
{
    /// <summary>The magic string at the start of the file.</summary>
    public const string Magic = "DLTAGGER";

    /// <summary>The file format version this build reads and writes.</summary>
    public const int Version = 3;

    /// <summary>Bundles the parts.</summary>
    public PosTaggerModel(TaggerLabels labels, PerceptronWeights weights, TagDictionary tagDictionary, AmbiguityClasses ambiguity, LemmaTable lemmas, PerceptronWeights? secondPass = null)
    {
        if (weights.ClassCount != labels.Count) throw new ArgumentException("weights and labels disagree on the class count.", nameof(weights));
        Labels = labels;
        Weights = weights;
        TagDictionary = tagDictionary;
        Ambiguity = ambiguity;
        Lemmas = lemmas;
        if (secondPass != null && secondPass.ClassCount != labels.Count) throw new ArgumentException("second-pass weights and labels disagree on the class count.", nameof(secondPass));
        SecondPass = secondPass;
        BothPasses = secondPass == null ? null : new TwoPassFeatureIndex(weights, secondPass);
    }

    /// <summary>The classes.</summary>
    public TaggerLabels Labels { get; }

    /// <summary>The feature weights.</summary>
    public PerceptronWeights Weights { get; }

    /// <summary>The second-pass weights (which also see the first pass's labels on the right), or null for one pass.</summary>
    public PerceptronWeights? SecondPass { get; }

    /// <summary>The joint index of both passes' features, or null for one pass.</summary>
    public TwoPassFeatureIndex? BothPasses { get; }

    /// <summary>Frequent unambiguous words.</summary>
    public TagDictionary TagDictionary { get; }

    /// <summary>Ambiguity classes of training words.</summary>
    public AmbiguityClasses Ambiguity { get; }

    /// <summary>Learned lemmas.</summary>
    public LemmaTable Lemmas { get; }

    /// <summary>Writes the model.</summary>
    public void Write(Stream stream)
    {
        using var writer = PerceptronModelFile.BeginWrite(stream, Magic, Version);
        Labels.Write(writer);
        TagDictionary.Write(writer);
        Ambiguity.Write(writer);
        Lemmas.Write(writer);
        Weights.Write(writer);
        writer.Write(SecondPass != null);
        SecondPass?.Write(writer);
    }

    /// <summary>Reads a model; <paramref name="name"/> names the source in errors.</summary>
    /// <exception cref="InvalidDataException">The file is not a tagger model of this version, or is damaged.</exception>
    public static PosTaggerModel Read(Stream stream, string name)
    {
        using var reader = PerceptronModelFile.BeginRead(stream, Magic, Version, name);
        try
        {
            var labels = TaggerLabels.Read(reader);
            var tagDictionary = TagDictionary.Read(reader);
            var ambiguity = AmbiguityClasses.Read(reader);
            var lemmas = LemmaTable.Read(reader);
            var weights = PerceptronWeights.Read(reader);
            var secondPass = reader.ReadBoolean() ? PerceptronWeights.Read(reader) : null;
            return new PosTaggerModel(labels, weights, tagDictionary, ambiguity, lemmas, secondPass);
        }
        catch (EndOfStreamException ex)
        {
            throw new InvalidDataException($"E022: tagger model '{name}' is truncated.", ex);
        }
    }
}
