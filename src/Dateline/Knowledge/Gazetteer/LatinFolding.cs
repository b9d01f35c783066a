using System.Collections.Frozen;

namespace Dateline.Knowledge.Gazetteer;

/// <summary>
/// Folds Latin letters with diacritics to their base letter in lower case (<c>ã</c> → <c>a</c>, <c>Ł</c> → <c>l</c>).
/// A table rather than Unicode normalization, which the invariant globalization mode the project builds with
/// does not perform. The table covers Latin-1 Supplement, Latin Extended-A/B and Latin Extended Additional;
/// ligatures fold to their first letter.
/// </summary>
internal static class LatinFolding
{
    private const string From =
        "ÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝàáâãäåçèéêëìíîïñòóôõöùúûüýÿĀāĂăĄąĆ" +
        "ćĈĉĊċČčĎďĒēĔĕĖėĘęĚěĜĝĞğĠġĢģĤĥĨĩĪīĬĭĮįİĴĵĶķĹĺĻļĽľŃńŅņŇňŌōŎŏŐő" +
        "ŔŕŖŗŘřŚśŜŝŞşŠšŢţŤťŨũŪūŬŭŮůŰűŲųŴŵŶŷŸŹźŻżŽžƠơƯưǍǎǏǐǑǒǓǔǕǖǗǘǙǚǛ" +
        "ǜǞǟǠǡǦǧǨǩǪǫǬǭǰǴǵǸǹǺǻȀȁȂȃȄȅȆȇȈȉȊȋȌȍȎȏȐȑȒȓȔȕȖȗȘșȚțȞȟȦȧȨȩȪȫȬȭȮȯ" +
        "ȰȱȲȳḀḁḂḃḄḅḆḇḈḉḊḋḌḍḎḏḐḑḒḓḔḕḖḗḘḙḚḛḜḝḞḟḠḡḢḣḤḥḦḧḨḩḪḫḬḭḮḯḰḱḲḳḴḵḶḷ" +
        "ḸḹḺḻḼḽḾḿṀṁṂṃṄṅṆṇṈṉṊṋṌṍṎṏṐṑṒṓṔṕṖṗṘṙṚṛṜṝṞṟṠṡṢṣṤṥṦṧṨṩṪṫṬṭṮṯṰṱṲṳ" +
        "ṴṵṶṷṸṹṺṻṼṽṾṿẀẁẂẃẄẅẆẇẈẉẊẋẌẍẎẏẐẑẒẓẔẕẖẗẘẙẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵ" +
        "ẶặẸẹẺẻẼẽẾếỀềỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰự" +
        "ỲỳỴỵỶỷỸỹßæÆøØđĐłŁıœŒþÞðÐħĦ";

    private const string To =
        "aaaaaaceeeeiiiinooooouuuuyaaaaaaceeeeiiiinooooouuuuyyaaaaaac" +
        "cccccccddeeeeeeeeeegggggggghhiiiiiiiiijjkkllllllnnnnnnoooooo" +
        "rrrrrrssssssssttttuuuuuuuuuuuuwwyyyzzzzzzoouuaaiioouuuuuuuuu" +
        "uaaaaggkkoooojggnnaaaaaaeeeeiiiioooorrrruuuusstthhaaeeoooooo" +
        "ooyyaabbbbbbccddddddddddeeeeeeeeeeffgghhhhhhhhhhiiiikkkkkkll" +
        "llllllmmmmmmnnnnnnnnoooooooopppprrrrrrrrssssssssssttttttttuu" +
        "uuuuuuuuvvvvwwwwwwwwwwxxxxyyzzzzzzhtwyaaaaaaaaaaaaaaaaaaaaaa" +
        "aaeeeeeeeeeeeeeeeeiiiioooooooooooooooooooooooouuuuuuuuuuuuuu" +
        "yyyyyyyysaaooddllioottddhh";

    private static readonly FrozenDictionary<char, char> Table = Build();

    /// <summary>The folded letter, or <paramref name="c"/> itself when it has no diacritic to remove.</summary>
    public static char Fold(char c) => c < '\u00C0' ? c : Table.GetValueOrDefault(c, c);

    private static FrozenDictionary<char, char> Build()
    {
        var table = new Dictionary<char, char>(From.Length);
        for (var i = 0; i < From.Length; i++) table[From[i]] = To[i];
        return table.ToFrozenDictionary();
    }
}
