package main

import "fmt"

var fuzzStrings = []string{`"héllo, 世界"`, `"abc"`, `"\xff\xfeok"`, `""`, `"a\x80b"`, `"ß∂ƒ©"`, `"go\tlang\n"`, `"😀x"`, `"\u00e9e\u0301"`}

// genStrings: strings, byte and rune slices, append aliasing, three-index slices, copy, strings.Builder.
func genStrings(g *gen) {
	g.p("package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n\t\"unicode/utf8\"\n)\n\ntype P struct{ X, Y int }\n\nfunc main() {")
	g.p("\ts := %s\n\tt := %s", g.pick(fuzzStrings...), g.pick(fuzzStrings...))
	g.p("\txs := []int{%s}", g.ints(g.in(0, 6), -9, 9))
	g.p("\tys := make([]int, %d, %d)", g.in(0, 3), g.in(3, 8))
	g.p("\tbs := []byte(s)\n\trs := []rune(t)\n\tps := []P{{1, 2}, {3, 4}}\n\tm := map[string]int{}")
	for i := range 50 {
		switch k := g.r.Float64(); {
		case k < 0.1:
			g.p("\tfor i, c := range s {\n\t\tfmt.Print(i, \":\", c, \" \")\n\t}\n\tfmt.Println(%d)", i)
		case k < 0.18:
			a := g.in(0, 3)
			b := g.in(a, 6)
			g.p("\tif %d <= len(s) {\n\t\tfmt.Printf(\"%d %%q\\n\", s[%d:min(%d, len(s))])\n\t}", b, i, a, b)
		case k < 0.26:
			g.p("\txs = append(xs, %s)\n\tfmt.Println(%d, xs, len(xs), cap(xs))", g.ints(g.in(1, 4), -9, 9), i)
		case k < 0.33:
			g.p("\t{\n\t\tzs := append(ys[:min(%d, len(ys))], %d)\n\t\tys = append(ys, %d)\n\t\tfmt.Println(%d, zs, ys, len(ys), cap(ys), len(zs), cap(zs))\n\t}", g.in(0, 2), g.in(0, 9), g.in(0, 9), i)
		case k < 0.4:
			a := g.in(0, 2)
			b := g.in(a, 3)
			c := g.in(b, 3)
			g.p("\tif len(ys) >= %d && cap(ys) >= %d {\n\t\tw := ys[%d:%d:%d]\n\t\tw = append(w, 7)\n\t\tfmt.Println(%d, w, len(w), cap(w), ys)\n\t}", b, c, a, b, c, i)
		case k < 0.47:
			g.p("\t{\n\t\tn := copy(bs, %s)\n\t\tfmt.Println(%d, n, bs, string(bs), utf8.Valid(bs))\n\t}", g.pick(fuzzStrings...), i)
		case k < 0.54:
			g.p("\trs = append(rs, %s)\n\tfmt.Println(%d, string(rs), len(string(rs)), utf8.RuneCountInString(string(rs)))", g.pick("'é'", "0x1F600", "-1", "0x10FFFF+1", "'a'", "0xD800"), i)
		case k < 0.6:
			g.p("\tfmt.Println(%d, strings.Map(func(r rune) rune {\n\t\tif r == 'l' {\n\t\t\treturn -1\n\t\t}\n\t\treturn r + 1\n\t}, s), strings.ToUpper(t), strings.Fields(s))", i)
		case k < 0.66:
			g.p("\tps = append(ps, P{%d, %d})\n\tfor i := range ps {\n\t\tps[i].X += i\n\t}\n\tfor _, p := range ps {\n\t\tp.Y = 100\n\t\t_ = p\n\t}\n\tfmt.Println(%d, ps, len(ps))", g.in(0, 9), g.in(0, 9), i)
		case k < 0.72:
			g.p("\tfor i, x := range xs {\n\t\tm[fmt.Sprint(x%%3)] += i\n\t}\n\tfmt.Println(%d, m, len(m))", i)
		case k < 0.78:
			g.p("\tfmt.Println(%d, string(rune(%s)), string(bs[:min(2, len(bs))]), []byte(t)[:min(3, len(t))])", i, g.pick("65", "233", "0x4e16", "-1", "0xD800", "len(s)"))
		case k < 0.84:
			g.p("\t{\n\t\tvar sb strings.Builder\n\t\tfor i := range %d {\n\t\t\tfmt.Fprintf(&sb, \"%%d-%%c|\", i, rune('a'+i))\n\t\t}\n\t\tfmt.Println(%d, sb.String(), sb.Len())\n\t}", g.in(0, 5), i)
		case k < 0.9:
			g.p("\tclear(m)\n\tdelete(m, \"x\")\n\tfmt.Println(%d, len(m), m == nil)", i)
		case k < 0.95:
			g.p("\txs = xs[:len(xs)/2]\n\tfmt.Println(%d, xs, len(xs), cap(xs), xs[:cap(xs)][len(xs):])", i)
		default:
			g.p("\tfmt.Println(%d, s == t, s < t, strings.Compare(s, t), strings.Repeat(t, 2), strings.Count(s, \"\"), s+t, bs[:0] == nil)", i)
		}
	}
	g.p("\tfmt.Println(strings.ToUpper(s), utf8.RuneCountInString(t))\n\t_, _, _, _, _, _ = xs, ys, rs, ps, bs, m\n}")
}

// genValues: value semantics of structs and arrays through assignment,
// calls, methods, maps, interfaces, channels, slices and embedding.
func genValues(g *gen) {
	g.p("package main\n\nimport \"fmt\"\n")
	g.p("type In struct {\n\tA [3]int\n\tS []int\n}\n\ntype T struct {\n\tN   int\n\tIn  In\n\tArr [2]In\n\tM   map[string]int\n\tP   *In\n}\n\ntype W struct {\n\tT\n\tTag string\n}\n")
	g.p("func mod(t T) T {\n\tt.N++\n\tt.In.A[0] = 99\n\tt.Arr[1].A[2] = -1\n\treturn t\n}\n")
	g.p("func modp(t *T) {\n\tt.N += 10\n\tt.In.A[1] = 42\n\tt.Arr[0] = In{}\n}\n")
	g.p("func arr(a [3]int) [3]int {\n\ta[0] = 7\n\treturn a\n}\n")
	g.p("func (t T) Val() int {\n\tt.N = -5\n\treturn t.In.A[0]\n}\n\nfunc (t *T) Ptr() { t.In.A[2]++ }\n")
	g.p("func main() {\n\tx := T{N: 1, In: In{A: [3]int{1, 2, 3}, S: []int{4, 5}}, M: map[string]int{\"a\": 1}}\n\ty := x\n\tvar z T\n\tarrs := [2]T{}\n\tsl := []T{x}\n\tmp := map[string]T{}\n\tvar i any = x\n\tch := make(chan T, 4)\n\tw := W{T: x, Tag: \"w\"}\n\tf := func() *T { return &arrs[1] }")
	names := []string{"x", "y", "z", "arrs[0]", "arrs[1]", "sl[0]", "w.T", "f()", "(*f())"}
	// val is the T (not *T) at place x.
	val := func(x string) string {
		if x == "f()" {
			return "(*f())"
		}
		return x
	}
	for k := range 45 {
		a, b := g.pick(names...), g.pick(names...)
		switch c := g.r.Float64(); {
		case c < 0.12:
			if a == "f()" {
				a = "(*f())"
			}
			g.p("\t%s = %s", a, val(b))
		case c < 0.22:
			g.p("\t%s.In.A[%d] = %d", a, g.in(0, 2), g.in(0, 50))
		case c < 0.28:
			g.p("\t%s.Arr[%d].A[%d] += %d", a, g.in(0, 1), g.in(0, 2), g.in(1, 5))
		case c < 0.34:
			if a == "f()" {
				a = "(*f())"
			}
			g.p("\t%s = mod(%s)", a, val(b))
		case c < 0.4:
			if a == "f()" || a == "(*f())" {
				g.p("\tmodp(f())")
			} else {
				g.p("\tmodp(&%s)", a)
			}
		case c < 0.45:
			g.p("\t%s.In.A = arr(%s.In.A)", a, b)
		case c < 0.5:
			g.p("\tfmt.Println(%d, %s.Val(), %s.N)", k, a, a)
		case c < 0.55:
			g.p("\t%s.Ptr()", a)
		case c < 0.6:
			g.p("\tmp[%q] = %s\n\t{\n\t\tv := mp[\"k\"]\n\t\tv.N = 1000\n\t\tfmt.Println(%d, mp[\"k\"].N, v.N)\n\t}", g.pick("k", "l"), val(a), k)
		case c < 0.65:
			g.p("\ti = %s\n\t%s.N = 77\n\tfmt.Println(%d, i.(T).N, i.(T).In.A)", val(a), a, k)
		case c < 0.7:
			g.p("\tch <- %s\n\t%s.In.A[0] = -9\n\tfmt.Println(%d, (<-ch).In.A)", val(a), a, k)
		case c < 0.75:
			g.p("\tsl = append(sl, %s)\n\tsl[len(sl)-1].N = 555\n\tfmt.Println(%d, %s.N, len(sl))", val(a), k, a)
		case c < 0.8:
			g.p("\tfor j, v := range arrs {\n\t\tv.N = 9\n\t\tarrs[j].In.A[1] = j\n\t\t_ = v\n\t}")
		case c < 0.85:
			g.p("\t%s.P = &%s.In\n\t%s.P.A[0] = 11", a, b, a)
		case c < 0.9:
			g.p("\tw.T.N++\n\tw.N++\n\tw.In.A[2] = w.N")
		case c < 0.95:
			g.p("\t%s.In.S = append(%s.In.S, %d)", a, b, k)
		default:
			g.p("\tfmt.Println(%d, x.N == y.N, %s.In.A == %s.In.A, %s.Arr[0].A == %s.Arr[1].A)", k, a, b, a, b)
		}
		g.p("\tfmt.Println(%d, %s.N, %s.In.A, %s.Arr, %s.In.S)", k, a, a, a, a)
	}
	g.p("\tfmt.Println(x.N, x.In.A, y.In.A, z.Arr, arrs[0].In.A, arrs[1].N, sl[0].In.A, w.N, w.In.A, len(mp))\n\t_, _, _ = i, ch, mp\n}")
}

// genMaps: maps of several key kinds (struct, interface, array, pointer-free
// named types), comma-ok, delete (also during range), clear, nested maps and
// slices in maps; printed with fmt (which sorts keys) or by sorted keys.
func genMaps(g *gen) {
	g.p("package main\n\nimport (\n\t\"fmt\"\n\t\"maps\"\n\t\"slices\"\n)\n")
	g.p("type K struct {\n\tA int\n\tB string\n}\n\ntype Name string\n")
	g.p("func main() {\n\tm := map[string]int{%s}\n\tmk := map[K][]int{}\n\tma := map[any]string{}\n\tmr := map[[2]int]float64{}\n\tmn := map[Name]map[int]bool{}\n\tvar nilm map[string]int", fmt.Sprintf("%q: %d, %q: %d", "a", g.in(-5, 5), "b", g.in(-5, 5)))
	keys := []string{`"a"`, `"b"`, `"c"`, `"dd"`, `""`, `"é"`}
	for i := range 40 {
		key := g.pick(keys...)
		switch k := g.r.Float64(); {
		case k < 0.12:
			g.p("\tm[%s] %s %d\n\tfmt.Println(%d, m)", key, g.pick("=", "+=", "-=", "*="), g.in(-9, 9), i)
		case k < 0.2:
			g.p("\tm[%s]++\n\tdelete(m, %s)\n\tfmt.Println(%d, len(m), m)", key, g.pick(keys...), i)
		case k < 0.28:
			g.p("\tif v, ok := m[%s]; ok {\n\t\tfmt.Println(%d, \"has\", v)\n\t} else {\n\t\tfmt.Println(%d, \"no\", v, nilm[%s], len(nilm))\n\t}", key, i, i, key)
		case k < 0.36:
			// Deleting the entry being visited (or any other) during range is well-defined; the sum is order-independent.
			g.p("\t{\n\t\tsum, n := 0, 0\n\t\tfor k, v := range m {\n\t\t\tif v%%%d == 0 {\n\t\t\t\tdelete(m, k)\n\t\t\t}\n\t\t\tsum += v\n\t\t\tn++\n\t\t}\n\t\tfmt.Println(%d, sum, n, len(m))\n\t}", g.in(2, 3), i)
		case k < 0.44:
			g.p("\tmk[K{%d, %s}] = append(mk[K{%d, %s}], %d)\n\tfmt.Println(%d, mk, len(mk[K{1, \"a\"}]))", g.in(0, 2), key, g.in(0, 2), key, g.in(0, 9), i)
		case k < 0.52:
			g.p("\tma[%s] = %q\n\tfmt.Println(%d, len(ma), ma[1], ma[\"1\"], ma[int8(1)], ma[K{}])", g.pick("1", `"1"`, "int8(1)", "K{}", "1.5", "true", "Name(\"a\")", "[2]int{}"), fmt.Sprint("v", i), i)
		case k < 0.6:
			g.p("\tmr[[2]int{%d, %d}] += %s\n\tfmt.Println(%d, mr)", g.in(0, 2), g.in(0, 2), g.pick("0.5", "1", "-2.25"), i)
		case k < 0.68:
			g.p("\tif mn[Name(%s)] == nil {\n\t\tmn[Name(%s)] = map[int]bool{}\n\t}\n\tmn[Name(%s)][%d] = %s\n\tfmt.Println(%d, mn, len(mn[\"zz\"]))", key, key, key, g.in(0, 3), g.pick("true", "false"), i)
		case k < 0.76:
			g.p("\tfor _, k := range slices.Sorted(maps.Keys(m)) {\n\t\tfmt.Print(k, \"=\", m[k], \" \")\n\t}\n\tfmt.Println(%d)", i)
		case k < 0.82:
			g.p("\t{\n\t\tc := maps.Clone(m)\n\t\tc[%s] = 100\n\t\tfmt.Println(%d, maps.Equal(c, m), len(c), len(m))\n\t}", key, i)
		case k < 0.88:
			g.p("\t{\n\t\tcopied := map[string]int{}\n\t\tfor k, v := range m {\n\t\t\tcopied[k+\"x\"] = v * 2\n\t\t}\n\t\tfmt.Println(%d, copied)\n\t}", i)
		case k < 0.93:
			g.p("\tclear(%s)\n\tfmt.Println(%d, len(m), len(mk), len(ma))", g.pick("m", "mk", "ma"), i)
		default:
			g.p("\t{\n\t\tvs := slices.Collect(maps.Values(m))\n\t\tslices.Sort(vs)\n\t\tfmt.Println(%d, vs)\n\t}", i)
		}
	}
	g.p("\tfmt.Println(slices.Sorted(maps.Keys(m)), len(mk), len(ma), len(mr), len(mn), len(nilm))\n}")
}

// genRunes: runes and UTF-8: range over strings with invalid bytes,
// decoding, encoding, conversions, unicode classes.
func genRunes(g *gen) {
	g.p("package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n\t\"unicode\"\n\t\"unicode/utf8\"\n)\n\nfunc main() {")
	g.p("\ts := %s\n\tvar r rune = %s\n\tb := byte(%d)", g.pick(fuzzStrings...), g.pick("'a'", "'é'", "'世'", "0x1F600", "-1", "0xD800", "0x10FFFF", "'\\n'"), g.in(0, 255))
	for i := range 40 {
		switch k := g.r.Float64(); {
		case k < 0.1:
			g.p("\tfor i, c := range s {\n\t\tfmt.Printf(\"%%d:%%q:%%U \", i, c, c)\n\t}\n\tfmt.Println(%d)", i)
		case k < 0.2:
			g.p("\t{\n\t\tc, n := utf8.DecodeRuneInString(s[min(%d, len(s)):])\n\t\td, m := utf8.DecodeLastRuneInString(s)\n\t\tfmt.Println(%d, c, n, d, m, c == utf8.RuneError)\n\t}", g.in(0, 4), i)
		case k < 0.3:
			g.p("\tfmt.Println(%d, string(r), len(string(r)), utf8.RuneLen(r), utf8.ValidRune(r), []byte(string(r)), []rune(string(r)))", i)
		case k < 0.4:
			g.p("\tr %s %d\n\tfmt.Printf(\"%d %%c %%q %%v %%x %%U\\n\", r, r, r, r, r)", g.pick("+=", "-=", "="), g.in(-3, 300), i)
		case k < 0.5:
			g.p("\ts += string(%s)\n\tfmt.Println(%d, len(s), utf8.RuneCountInString(s), utf8.ValidString(s), []rune(s))", g.pick("r", "rune(b)", "b", "'x'", "[]byte{b}", "[]rune{r, 'z'}"), i)
		case k < 0.6:
			g.p("\tfmt.Println(%d, unicode.IsUpper(r), unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsSpace(r), unicode.ToUpper(r), unicode.ToLower(r), unicode.In(r, unicode.Han, unicode.Latin))", i)
		case k < 0.7:
			g.p("\tfmt.Println(%d, strings.IndexRune(s, r), strings.ContainsRune(s, %s), strings.IndexByte(s, b), strings.ToValidUTF8(s, \"?\"))", i, g.pick("'é'", "'o'", "utf8.RuneError"))
		case k < 0.8:
			g.p("\t{\n\t\tbuf := utf8.AppendRune(nil, r)\n\t\tbuf = append(buf, s[:min(%d, len(s))]...)\n\t\tfmt.Println(%d, buf, utf8.FullRune(buf), string(buf[:1]))\n\t}", g.in(0, 5), i)
		case k < 0.9:
			g.p("\tb %s %d\n\tfmt.Println(%d, b, rune(b), string(rune(b)), fmt.Sprintf(\"%%c|%%q|%%x\", b, b, b))", g.pick("+=", "-=", "^=", "="), g.in(0, 255), i)
		default:
			g.p("\tfmt.Printf(\"%d %%q %%+q %%x %% x %%v\\n\", s, s, s, s, []rune(s))", i)
		}
	}
	g.p("\tfmt.Println(strings.ToUpper(s), unicode.IsLetter(r), utf8.RuneLen(r), b)\n}")
}
