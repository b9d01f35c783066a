using Dateline.Corpora;
using Dateline.Models;
using Dateline.Nlp.Tagging;
using Dateline.Tests.Support;

namespace Dateline.Tests.Nlp.Tagging;

public class ShippedTaggerTest
{
    /// <summary>
    /// The embedded model on the first 400 sentences of EWT dev (held out from training). The measured
    /// figures on all of dev are about 95 UPOS / 94.5 XPOS / 97 lemma (see docs/QUALITY.md); the floors
    /// here only catch a broken or mismatched model.
    /// </summary>
    [SkippableFact]
    public void TheShippedModelTagsASliceOfEwtDevWell()
    {
        var path = TestData.RequireSharedFile("ud-english-ewt", "en_ewt-ud-dev.conllu");
        var tagger = PosTagger.Load(ModelRepository.Embedded);
        var result = TaggerEvaluator.Evaluate(tagger, ConlluReader.ReadFile(path).Take(400));
        Assert.True(result.Tokens > 4000, $"only {result.Tokens} words read");
        Assert.True(result.Upos > 92.0, $"UPOS {result.Upos:F2}");
        Assert.True(result.Xpos > 91.0, $"XPOS {result.Xpos:F2}");
        Assert.True(result.Lemma > 94.0, $"lemma {result.Lemma:F2}");
    }
}
