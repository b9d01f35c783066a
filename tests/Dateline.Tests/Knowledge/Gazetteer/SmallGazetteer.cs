using System.IO.Compression;
using System.Text;
using Dateline.Knowledge.Gazetteer;

namespace Dateline.Tests.Knowledge.Gazetteer;

/// <summary>A gazetteer written by hand for tests, in the file format the generator writes (figures rounded).</summary>
internal static class SmallGazetteer
{
    public const string Data = """
        #dateline-gazetteer	1
        # test data
        C	AR	ARG	ARG	Argentina	Argentine Republic		Argentine	Buenos Aires	-34.0000	-64.0000
        C	ES	ESP	ESP	Spain	Kingdom of Spain		Spanish	Madrid	40.0000	-4.0000
        C	FR	FRA	FRA	France	French Republic		French	Paris	46.0000	2.0000
        C	GE	GEO	GEO	Georgia	Georgia	Sakartvelo	Georgian	Tbilisi	42.0000	43.5000
        C	RO	ROU	ROM	Romania	Romania	Rumania	Romanian	Bucharest	46.0000	25.0000
        C	US	USA	USA	United States	United States of America		American	Washington	38.0000	-97.0000
        R	US	GA	Georgia		33.2000	-83.8000	4600000
        R	US	TX	Texas		30.5000	-97.5000	20000000
        P	1001	Paris			48.8534	2.3488	FR	11	2100000	PPLC
        P	1002	Paris			33.6609	-95.5555	US	TX	25000	PPLA2
        P	1003	Tbilisi			41.6941	44.8337	GE	51	1050000	PPLC
        P	1004	Atlanta			33.7490	-84.3880	US	GA	460000	PPLA
        P	1005	Dallas			32.7831	-96.8067	US	TX	1300000	PPL
        P	1006	Springfield			39.8017	-89.6437	US	IL	116000	PPLA
        P	1007	Springfield			37.2153	-93.2982	US	MO	167000	PPLA2
        P	1008	Kansas City			39.0997	-94.5786	US	MO	475000	PPL
        P	1009	Córdoba	Cordoba		-31.4135	-64.1811	AR	05	1400000	PPLA
        P	1010	Córdoba	Cordoba		37.8916	-4.7728	ES	51	330000	PPLA2
        P	1011	Seville			37.3828	-5.9732	ES	51	700000	PPLA
        P	1012	Washington, D.C.	Washington DC		38.8951	-77.0364	US	DC	600000	PPLC
        P	1013	Brasov	Brasov		45.6486	25.6061	RO	05	250000	PPLA

        """;

    public const string Overrides = """
        # test overrides
        alias	target	note
        the White House	P:1012	metonym
        Washington	P:1012	the capital
        Kronstadt	P:1013	old name, for the test

        """;

    public static Stream Compressed(string text)
    {
        var buffer = new MemoryStream();
        using (var gzip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n", StringComparison.Ordinal)));
        }
        buffer.Position = 0;
        return buffer;
    }

    public static Dateline.Knowledge.Gazetteer.Gazetteer Load() =>
        Dateline.Knowledge.Gazetteer.Gazetteer.Load(Compressed(Data), new StringReader(Overrides), "test");
}
