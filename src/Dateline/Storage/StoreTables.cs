namespace Dateline.Storage;

/// <summary>The tables written when an article is stored, with their columns in row order (see the migrations).</summary>
internal static class StoreTables
{
    private static StoreColumn Big(string name) => new(name, ColumnType.Bigint);

    private static StoreColumn Text(string name) => new(name, ColumnType.Text);

    private static StoreColumn Real(string name) => new(name, ColumnType.Double);

    /// <summary>Articles (the id given, as PostgreSQL's batch writer allocates ids before inserting).</summary>
    public static readonly StoreTable Articles = new("articles",
        Big("id"), Text("content_hash"), Text("external_id"), Text("url"), Text("title"), Text("source"), Text("published"),
        Big("cluster_id"), new StoreColumn("minhash", ColumnType.Bytea), Text("text"), Big("text_length"), Text("analysis_json"));

    /// <summary>The LSH band keys of a story's founding article.</summary>
    public static readonly StoreTable Bands = new("article_bands", Big("band"), Big("bucket"), Big("article_id"));

    /// <summary>Corpus entities; the key first.</summary>
    public static readonly StoreTable Entities = new("entities", Text("entity_key"), Text("type"), Text("name"), Text("actor_code"));

    /// <summary>Corpus events merged across articles; the key first.</summary>
    public static readonly StoreTable Events = new("events",
        Text("event_key"), Text("source_actor"), Text("target_actor"), Text("source_country"), Text("target_country"),
        Text("source_name"), Text("target_name"), Text("cameo"), Text("root"), Big("quad_class"), Real("goldstein"),
        Text("plover_type"), Text("plover_mode"), Text("plover_context"), Text("event_date"), Text("place"), Text("country_code"),
        Real("lat"), Real("lon"));

    /// <summary>Entity mentions.</summary>
    public static readonly StoreTable Mentions = new("mentions",
        Big("article_id"), Big("entity_id"), Text("local_id"), Big("start"), Big("\"end\""), Text("text"));

    /// <summary>Time expressions.</summary>
    public static readonly StoreTable Times = new("times",
        Big("article_id"), Big("start"), Big("\"end\""), Text("text"), Text("type"), Text("value"), Big("sentence"));

    /// <summary>Quantities.</summary>
    public static readonly StoreTable Quantities = new("quantities",
        Big("article_id"), Big("start"), Big("\"end\""), Text("text"), Real("value"), Text("kind"), Text("unit"), Text("currency"),
        Big("sentence"));

    /// <summary>Quotes.</summary>
    public static readonly StoreTable Quotes = new("quotes",
        Big("article_id"), Text("local_id"), Text("kind"), Big("content_start"), Big("content_end"), Text("content"),
        Big("cue_start"), Big("cue_end"), Text("cue"), Big("speaker_entity_id"), Text("speaker"), Big("speaker_start"),
        Big("speaker_end"), Text("medium"), Big("sentence"));

    /// <summary>Event mentions, each pointing to its corpus event.</summary>
    public static readonly StoreTable EventMentions = new("event_mentions",
        Big("event_id"), Big("article_id"), Text("local_id"), Big("sentence"), Text("source_text"), Big("source_start"),
        Big("source_end"), Text("target_text"), Big("target_start"), Big("target_end"), Big("negated"), Big("hypothetical"),
        Big("future"), Big("question"), Text("speaker"), Text("quote_local_id"), Big("evidence_start"), Big("evidence_end"));

    /// <summary>Claims.</summary>
    public static readonly StoreTable Claims = new("claims",
        Big("article_id"), Text("local_id"), Text("claimant"), Big("claimant_entity_id"), Text("reported_by"), Text("cameo"),
        Text("root"), Text("plover_type"), Text("polarity"), Text("modality"), Text("target_date"), Big("target_start"),
        Big("target_end"), Big("evidence_start"), Big("evidence_end"));
}
