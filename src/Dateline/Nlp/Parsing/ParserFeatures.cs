namespace Dateline.Nlp.Parsing;

/// <summary>
/// Feature templates in the style of Zhang and Nivre (2011) for the arc-eager system: words, tags and
/// labels of the stack top, the buffer front and its successors, their heads and left/right-most
/// children, distance, valency and child-label sets. Each feature is a 64-bit hash of its template
/// number and the codes it combines. The first <see cref="LabelCount"/> features also feed the label model.
/// </summary>
internal static class ParserFeatures
{
    /// <summary>Number of features produced per configuration.</summary>
    public const int Count = 76;

    /// <summary>Number of leading features the label model reads.</summary>
    public const int LabelCount = 40;

    /// <summary>Writes the features of <paramref name="state"/> into <paramref name="output"/>.</summary>
    public static void Extract(ArcEagerState state, ParserTokenCodes codes, Span<ulong> output)
    {
        var f = new Context(state, codes);
        var o = output;
        ulong s0w = f.W(f.S0), s0p = f.P(f.S0), n0w = f.W(f.N0), n0p = f.P(f.N0);
        ulong n1w = f.W(f.N1), n1p = f.P(f.N1), n2p = f.P(f.N2), n2w = f.W(f.N2);
        ulong s0u = f.U(f.S0), n0u = f.U(f.N0);
        var s0h = f.Head(f.S0);
        var s0l = f.Child(state.LeftMost, f.S0);
        var s0r = f.Child(state.RightMost, f.S0);
        var n0l = f.Child(state.LeftMost, f.N0);
        var dist = f.Distance();
        var s0sl = f.S0 >= 0 ? state.LeftLabels[f.S0] : ParserHash.None;
        var s0sr = f.S0 >= 0 ? state.RightLabels[f.S0] : ParserHash.None;
        var n0sl = f.N0 >= 0 ? state.LeftLabels[f.N0] : ParserHash.None;
        var i = 0;
        // Label-relevant core (read by both models).
        o[i++] = ParserHash.Mix(1, s0w, s0p);
        o[i++] = ParserHash.Mix(2, s0w);
        o[i++] = ParserHash.Mix(3, s0p);
        o[i++] = ParserHash.Mix(4, n0w, n0p);
        o[i++] = ParserHash.Mix(5, n0w);
        o[i++] = ParserHash.Mix(6, n0p);
        o[i++] = ParserHash.Mix(7, s0w, n0w);
        o[i++] = ParserHash.Mix(8, s0p, n0p);
        o[i++] = ParserHash.Mix(9, s0w ^ (s0p * 31), n0p);
        o[i++] = ParserHash.Mix(10, s0p, n0w ^ (n0p * 31));
        o[i++] = ParserHash.Mix(11, s0w ^ (s0p * 31), n0w ^ (n0p * 31));
        o[i++] = ParserHash.Mix(12, s0w ^ (s0p * 31), n0w);
        o[i++] = ParserHash.Mix(13, s0w, n0w ^ (n0p * 31));
        o[i++] = ParserHash.Mix(14, s0u, n0u);
        o[i++] = ParserHash.Mix(15, s0p, n0p, dist);
        o[i++] = ParserHash.Mix(16, s0w, n0w, dist);
        o[i++] = ParserHash.Mix(17, s0w, dist);
        o[i++] = ParserHash.Mix(18, s0p, dist);
        o[i++] = ParserHash.Mix(19, n0w, dist);
        o[i++] = ParserHash.Mix(20, n0p, dist);
        o[i++] = ParserHash.Mix(21, n0p, n1p);
        o[i++] = ParserHash.Mix(22, s0p, n0p, n1p);
        o[i++] = ParserHash.Mix(23, f.P(s0h), s0p, n0p);
        o[i++] = ParserHash.Mix(24, s0p, f.P(s0l), n0p);
        o[i++] = ParserHash.Mix(25, s0p, f.P(s0r), n0p);
        o[i++] = ParserHash.Mix(26, s0p, n0p, f.P(n0l));
        o[i++] = ParserHash.Mix(27, f.L(f.S0), s0p, n0p);
        o[i++] = ParserHash.Mix(28, f.L(s0l), s0p, n0p);
        o[i++] = ParserHash.Mix(29, f.L(s0r), s0p, n0p);
        o[i++] = ParserHash.Mix(30, f.L(n0l), n0p, s0p);
        o[i++] = ParserHash.Mix(31, s0p, s0sr, n0p);
        o[i++] = ParserHash.Mix(32, s0p, s0sl, n0p);
        o[i++] = ParserHash.Mix(33, n0p, n0sl, s0p);
        o[i++] = ParserHash.Mix(34, s0w, n0p, n1p);
        o[i++] = ParserHash.Mix(35, s0p, n0w, n1p);
        o[i++] = ParserHash.Mix(36, f.W(s0h), s0p, n0p);
        o[i++] = ParserHash.Mix(37, f.L(f.S0), s0w, n0w);
        o[i++] = ParserHash.Mix(38, s0p, n0p, n1w);
        o[i++] = ParserHash.Mix(39, f.P(f.S1), s0p, n0p);
        o[i++] = ParserHash.Mix(40, f.P(n0l), n0w, s0w);
        // Action-only features.
        o[i++] = ParserHash.Mix(41, n1w, n1p);
        o[i++] = ParserHash.Mix(42, n1w);
        o[i++] = ParserHash.Mix(43, n1p);
        o[i++] = ParserHash.Mix(44, n2w, n2p);
        o[i++] = ParserHash.Mix(45, n2w);
        o[i++] = ParserHash.Mix(46, n2p);
        o[i++] = ParserHash.Mix(47, n0p, n1p, n2p);
        o[i++] = ParserHash.Mix(48, s0w, (ulong)state.RightValency.AtOr(f.S0));
        o[i++] = ParserHash.Mix(49, s0p, (ulong)state.RightValency.AtOr(f.S0));
        o[i++] = ParserHash.Mix(50, s0w, (ulong)state.LeftValency.AtOr(f.S0));
        o[i++] = ParserHash.Mix(51, s0p, (ulong)state.LeftValency.AtOr(f.S0));
        o[i++] = ParserHash.Mix(52, n0w, (ulong)state.LeftValency.AtOr(f.N0));
        o[i++] = ParserHash.Mix(53, n0p, (ulong)state.LeftValency.AtOr(f.N0));
        o[i++] = ParserHash.Mix(54, f.W(s0h));
        o[i++] = ParserHash.Mix(55, f.P(s0h));
        o[i++] = ParserHash.Mix(56, f.L(f.S0));
        o[i++] = ParserHash.Mix(57, f.W(s0l), f.P(s0l), f.L(s0l));
        o[i++] = ParserHash.Mix(58, f.W(s0r), f.P(s0r), f.L(s0r));
        o[i++] = ParserHash.Mix(59, f.W(n0l), f.P(n0l), f.L(n0l));
        var s0h2 = f.Head(s0h);
        var s0l2 = f.Child(state.LeftSecond, f.S0);
        var s0r2 = f.Child(state.RightSecond, f.S0);
        var n0l2 = f.Child(state.LeftSecond, f.N0);
        o[i++] = ParserHash.Mix(60, f.W(s0h2), f.P(s0h2));
        o[i++] = ParserHash.Mix(61, f.L(s0h));
        o[i++] = ParserHash.Mix(62, f.W(s0l2), f.P(s0l2), f.L(s0l2));
        o[i++] = ParserHash.Mix(63, f.W(s0r2), f.P(s0r2), f.L(s0r2));
        o[i++] = ParserHash.Mix(64, f.W(n0l2), f.P(n0l2), f.L(n0l2));
        o[i++] = ParserHash.Mix(65, s0p, f.P(s0l), f.P(s0l2));
        o[i++] = ParserHash.Mix(66, s0p, f.P(s0r), f.P(s0r2));
        o[i++] = ParserHash.Mix(67, s0p, f.P(s0h), f.P(s0h2));
        o[i++] = ParserHash.Mix(68, n0p, f.P(n0l), f.P(n0l2));
        o[i++] = ParserHash.Mix(69, s0w, s0sr);
        o[i++] = ParserHash.Mix(70, s0w, s0sl);
        o[i++] = ParserHash.Mix(71, n0w, n0sl);
        o[i++] = ParserHash.Mix(72, f.P(f.S1), f.P(f.S0), f.W(f.S1));
        o[i++] = ParserHash.Mix(73, s0w, n0w, n1w);
        o[i++] = ParserHash.Mix(74, f.P(f.S1), s0p, f.L(f.S1));
        o[i++] = ParserHash.Mix(75, n0p, n1p, (ulong)(state.StackCount > 1 && state.Heads[f.S0] < 0 ? 1 : 0));
        o[i] = ParserHash.Mix(76, f.W(f.N3), f.P(f.N3));
    }

    private static int AtOr(this int[] values, int index) => index >= 0 ? values[index] : -1;

    /// <summary>The positions a configuration exposes, and lookups that map -1 to <see cref="ParserHash.None"/>.</summary>
    private readonly ref struct Context
    {
        private readonly ArcEagerState _state;
        private readonly ParserTokenCodes _codes;

        public Context(ArcEagerState state, ParserTokenCodes codes)
        {
            _state = state;
            _codes = codes;
            S0 = state.Top;
            S1 = state.StackAt(1);
            var n = state.Length;
            var b = state.Front;
            N0 = b <= n ? b : -1;
            N1 = b + 1 <= n ? b + 1 : -1;
            N2 = b + 2 <= n ? b + 2 : -1;
            N3 = b + 3 <= n ? b + 3 : -1;
        }

        public int S0 { get; }
        public int S1 { get; }
        public int N0 { get; }
        public int N1 { get; }
        public int N2 { get; }
        public int N3 { get; }

        public ulong W(int i) => i >= 0 ? _codes.Words[i] : ParserHash.None;
        public ulong P(int i) => i >= 0 ? _codes.Tags[i] : ParserHash.None;
        public ulong U(int i) => i >= 0 ? _codes.Upos[i] : ParserHash.None;
        public ulong L(int i) => i >= 0 ? (ulong)(_state.Labels[i] + 2) : 0;
        public int Head(int i) => i >= 0 ? _state.Heads[i] : -1;
        public int Child(int[] children, int i) => i >= 0 ? children[i] : -1;

        public ulong Distance()
        {
            if (S0 < 0 || N0 < 0) return 0;
            if (S0 == 0) return 99;
            var d = N0 - S0;
            return (ulong)(d <= 4 ? d : d <= 7 ? 5 : d <= 12 ? 6 : 7);
        }
    }
}
