package main

import (
	"fmt"
	"strings"
)

// genUnderConv: conversions between defined types and their underlying
// types for slices (the result shares the backing array), funcs (called
// through either type, assignable without conversion from a func
// literal), channels (bidirectional to receive-only and send-only, named
// both ways), maps (shared), pointers, byte and rune slices and strings of
// named types, slices to arrays and array pointers, and structs whose
// types differ only in tags; %T of every result.
func genUnderConv(g *gen) {
	g.raw(`package main

import "fmt"

type Ints []int
type Fn func(int) int
type Ch chan int
type RO <-chan int
type SO chan<- int
type M map[string]int
type PInt *int
type Str string
type Bytes []byte
type Runes []rune
type Tagged struct {
	A int ` + "`json:\"a\"`" + `
	B string
}
type Plain struct {
	A int
	B string
}

func (s Ints) Sum() (t int) {
	for _, v := range s {
		t += v
	}
	return
}

func (f Fn) Twice(x int) int { return f(f(x)) }

func (s Str) Up() Str { return s + "!" }

func apply(f func(int) int, x int) int { return f(x) }

func main() {`)
	for i := range 24 {
		a, b, c := g.in(-9, 9), g.in(-9, 9), g.in(1, 9)
		w := g.pick("héllo", "abc", "Go語", "x\xffy", "")
		switch g.n(10) {
		case 0:
			g.p("\t{\n\t\ts := []int{%d, %d, %d}\n\t\tt := Ints(s)\n\t\tt[0] = %d\n\t\tu := []int(t[1:])\n\t\tu[0] = 0\n\t\tfmt.Printf(\"%d %%v %%v %%v %%T %%T %%d\\n\", s, t, u, t, u, t.Sum()+Ints(u).Sum())\n\t}", a, b, c, a*2, i)
		case 1:
			g.p("\t{\n\t\tvar f Fn = func(x int) int { return x*%d + %d }\n\t\tg := func(x int) int { return x - %d }\n\t\th := Fn(g)\n\t\tk := (func(int) int)(f)\n\t\tfmt.Printf(\"%d %%v %%v %%v %%v %%v %%T %%T\\n\", f(1), f.Twice(1), h.Twice(%d), k(2), apply(f, 3)+apply(h, 3), h, k)\n\t}", c, a, b, i, a)
		case 2:
			g.p("\t{\n\t\tc := make(Ch, 3)\n\t\tvar s SO = SO((chan int)(c))\n\t\tvar r RO = (chan int)(c)\n\t\tvar r2 <-chan int = c\n\t\ts <- %d\n\t\tc <- %d\n\t\tchan<- int(c) <- %d\n\t\tfmt.Printf(\"%d %%v %%v %%v %%T %%T %%T %%d\\n\", <-r, <-r2, <-(chan int)(c), s, r, r2, cap(s))\n\t}", a, b, c, i)
		case 3:
			g.p("\t{\n\t\tm := map[string]int{\"a\": %d}\n\t\tn := M(m)\n\t\tn[\"b\"] = %d\n\t\tdelete(map[string]int(n), \"a\")\n\t\tfmt.Printf(\"%d %%v %%v %%T %%d\\n\", m, n, n, len(m))\n\t}", a, b, i)
		case 4:
			g.p("\t{\n\t\tx := %d\n\t\tp := PInt(&x)\n\t\tq := (*int)(p)\n\t\t*q += %d\n\t\tfmt.Printf(\"%d %%v %%v %%T %%v\\n\", x, *p, p, q == (*int)(p))\n\t}", a, b, i)
		case 5:
			g.p("\t{\n\t\ts := Str(%q)\n\t\tb := Bytes(s)\n\t\tr := Runes(s)\n\t\tb2 := []byte(s.Up())\n\t\tfmt.Printf(\"%d %%q %%v %%v %%v %%q %%q %%T %%T\\n\", s, b, r, b2, Str(b), string(r), Str(r), Bytes(\"x\"))\n\t\tfmt.Println(len(b), len(r), Str(Runes{%d, 0x10FFFF + 1, 'é'}), s.Up().Up())\n\t}", w, i, a+65)
		case 6:
			g.p("\t{\n\t\ts := Ints{%d, %d, %d, %d}\n\t\ta := [3]int(s)\n\t\tp := (*[2]int)(s)\n\t\tp[1] = %d\n\t\ta[0] = 100\n\t\tfmt.Printf(\"%d %%v %%v %%v %%T %%T\\n\", s, a, *p, a, p)\n\t}", a, b, c, a, b*3, i)
		case 7:
			g.p("\t{\n\t\tt := Tagged{%d, %q}\n\t\tp := Plain(t)\n\t\tp.A++\n\t\tu := struct {\n\t\t\tA int\n\t\t\tB string\n\t\t}(p)\n\t\tfmt.Printf(\"%d %%v %%v %%v %%T %%T %%v\\n\", t, p, u, p, u, Tagged(u) == t)\n\t}", a, w, i)
		case 8:
			g.p("\t{\n\t\tfs := []Fn{func(x int) int { return x + %d }, Fn(func(x int) int { return -x })}\n\t\tvar raw []func(int) int\n\t\tfor _, f := range fs {\n\t\t\traw = append(raw, f)\n\t\t}\n\t\tt := 0\n\t\tfor _, f := range raw {\n\t\t\tt = f(t + %d)\n\t\t}\n\t\tfmt.Printf(\"%d %%v %%T %%T\\n\", t, raw[0], fs[1])\n\t}", a, b, i)
		default:
			g.p("\t{\n\t\tvar s Ints\n\t\tt := []int(s)\n\t\tvar m M\n\t\tvar c Ch\n\t\tvar f Fn\n\t\tfmt.Println(%d, s == nil, t == nil, m == nil, c == nil, f == nil, len(m), map[string]int(m)[\"x\"], Ints(nil) == nil)\n\t}", i)
		}
	}
	g.p("}")
}

// intTypeBits are the signed and unsigned integer types (and their
// widths) that genDivMod divides.
var intTypeBits = []struct {
	name   string
	bits   int
	signed bool
}{
	{"int8", 8, true}, {"int16", 16, true}, {"int32", 32, true}, {"int64", 64, true}, {"int", 64, true},
	{"uint8", 8, false}, {"uint16", 16, false}, {"uint32", 32, false}, {"uint64", 64, false}, {"uint", 64, false},
}

// genDivMod: integer division and remainder of every integer type with
// negative operands (truncated toward zero; the remainder has the sign of
// the dividend), the same expression folded as a typed constant and
// computed from variables, the most negative value divided by -1 (the
// value itself, remainder 0, no panic), op-assignments, division by a
// zero variable (a run-time panic, recovered), and arithmetic shifts of
// negative values compared with division by powers of two.
func genDivMod(g *gen) {
	g.p(`package main

import "fmt"

func try(tag int, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(tag, "panic:", r)
		}
	}()
	f()
}

func main() {`)
	for i := range 30 {
		t := intTypeBits[g.n(len(intTypeBits))]
		lo, hi := 0, 255
		if t.bits > 8 {
			hi = 60000
		}
		if t.signed {
			lo, hi = -128, 127
			if t.bits > 8 {
				lo, hi = -30000, 30000
			}
		}
		x := g.in(lo, hi)
		y := g.in(lo, hi)
		if y == 0 {
			y = 3
		}
		if x == -128 {
			x = -127 // -128 / -1 as constants overflows int8
		}
		if g.pct(0.3) {
			y = g.pick2(1, 2, 3, 7)
			if t.signed && g.pct(0.5) {
				y = -y
			}
		}
		switch g.n(6) {
		case 0:
			g.p("\t{\n\t\tconst cx, cy %s = %d, %d\n\t\tvar x, y %s = cx, cy\n\t\tfmt.Println(%d, cx/cy, cx%%cy, x/y, x%%y, x/y*y+x%%y == x, (cx/cy) == (x/y))\n\t}", t.name, x, y, t.name, i)
		case 1:
			if !t.signed {
				g.p("\t{\n\t\tvar x, y %s = %d, %d\n\t\tx /= y\n\t\ty %%= x | 1\n\t\tfmt.Println(%d, x, y, ^x/3, -x%%7)\n\t}", t.name, x, y, i)
				continue
			}
			min := fmt.Sprintf("-1 << %d", t.bits-1)
			g.p("\t{\n\t\tvar m %s = %s\n\t\tvar n %s = -1\n\t\tq, r := m/n, m%%n\n\t\tm /= n\n\t\tfmt.Println(%d, q, r, m, q == m)\n\t}", t.name, min, t.name, i)
		case 2:
			g.p("\t{\n\t\tvar x %s = %d\n\t\tvar z %s\n\t\ttry(%d, func() { fmt.Println(x / z) })\n\t\ttry(%d, func() { fmt.Println(x %% z) })\n\t\ttry(%d, func() { x /= z; fmt.Println(x) })\n\t}", t.name, x, t.name, i, i, i)
		case 3:
			if !t.signed {
				g.p("\t{\n\t\tvar x %s = %d\n\t\tfor _, s := range []uint{0, 1, 3, %d} {\n\t\t\tfmt.Print(x>>s, x/(1<<s), x%%(1<<s), \" \")\n\t\t}\n\t\tfmt.Println(%d)\n\t}", t.name, x, t.bits-1, i)
			} else {
				g.p("\t{\n\t\tvar x %s = %d\n\t\tfor _, s := range []uint{0, 1, 3, %d} {\n\t\t\td := %s(1) << s\n\t\t\tfmt.Print(x>>s, x/d, x%%d, (x+d-1)/d, \" \")\n\t\t}\n\t\tfmt.Println(%d)\n\t}", t.name, x, t.bits-2, t.name, i)
			}
		case 4:
			g.p("\t{\n\t\tvar x, y %s = %d, %d\n\t\tvar a any = x / y\n\t\tb := x %% y\n\t\tfmt.Printf(\"%d %%T %%v %%T %%v %%v\\n\", a, a, b, b, (x*2)/y)\n\t}", t.name, x, y, i)
		default:
			g.p("\t{\n\t\tx := %s(%d)\n\t\tfmt.Println(%d, x/%d, x%%%d, %s(%d)/%d, x/(x|1), int64(x)/%d)\n\t}", t.name, x, i, abs(y), abs(y), t.name, x, abs(y), y)
		}
	}
	g.p("}")
}

func (g *gen) pick2(xs ...int) int { return xs[g.n(len(xs))] }

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// genFloatFmt: strconv.FormatFloat with formats 'g' 'e' 'f' 'G' 'E' 'b'
// 'x' and precisions -1 to 6 for 32- and 64-bit sizes, fmt's verbs on
// float32 values (%v is the shortest float32 representation, not the
// float64 one), ParseFloat with bit size 32, NaN and infinities as map
// keys (every NaN a new key; fmt prints them first) and values, and
// negative zero formatted.
func genFloatFmt(g *gen) {
	g.p(`package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	nan := math.NaN()
	inf := math.Inf(1)
	negz := math.Copysign(0, -1)`)
	vals := []string{"0.1", "1.0 / 3", "2.5", "1e21", "1e-7", "123456789.125", "-0.000123", "100", "6.02214076e23", "0.3", "float64(float32(0.1))", "math.MaxFloat32", "math.SmallestNonzeroFloat64", "5e-324", "1 << 53", "negz", "inf", "-inf", "nan"}
	for i := range 30 {
		v := vals[g.n(len(vals))]
		switch g.n(6) {
		case 0, 1:
			fm := g.pick("'g'", "'e'", "'f'", "'G'", "'E'", "'b'", "'x'", "'X'")
			prec := g.in(-1, 6)
			bits := g.pick("32", "64")
			g.p("\tfmt.Println(%d, strconv.FormatFloat(%s, %s, %d, %s), strconv.FormatFloat(%s, 'g', -1, %s))", i, v, fm, prec, bits, v, bits)
		case 2:
			g.p("\t{\n\t\tf := float32(%s)\n\t\tg := f * %d.5\n\t\tfmt.Printf(\"%d %%v %%v %%g %%.3f %%e %%8.2g| %%v %%T\\n\", f, g, f+g, g, f, g, float64(g), f/3)\n\t}", v, g.in(-3, 3), i)
		case 3:
			if v == "nan" {
				v = "1e21" // one NaN key: fmt prints several NaN keys in map order
			}
			g.p("\t{\n\t\tm := map[float64]string{%s: \"a\", nan: \"n1\", inf: \"inf\", negz: \"z\"}\n\t\tm[0] = \"zero\"\n\t\tfmt.Println(%d, len(m), m)\n\t\tm[nan] = \"n2\"\n\t\t_, found := m[nan]\n\t\tdelete(m, nan)\n\t\tnl := 0\n\t\tfor k, s := range m {\n\t\t\tif k != k {\n\t\t\t\tnl += len(s)\n\t\t\t}\n\t\t}\n\t\tfmt.Println(len(m), found, nl)\n\t\tn := map[string]float64{\"x\": nan, \"y\": %s, \"z\": negz}\n\t\tfmt.Printf(\"%%v %%.2f\\n\", n, n[\"y\"])\n\t}", v, i, v)
		case 4:
			s := g.pick("0.1", "1e39", "3.4028235e38", "1.401298464324817e-45", "-0", "NaN", "+Inf", "0x1p-2", "1_000.5", "7e-46", "16777217")
			g.p("\t{\n\t\tf, err := strconv.ParseFloat(%q, 32)\n\t\td, err2 := strconv.ParseFloat(%q, 64)\n\t\tfmt.Println(%d, f, err, d, err2, float32(f), float32(d) == float32(f))\n\t}", s, s, i)
		default:
			g.p("\t{\n\t\tx := float64(%s)\n\t\tfmt.Printf(\"%d %%v %%+v %%#v %%6.1f %%-8.3e| %%x %%q\\n\", x, x, x, x, x, x, strconv.FormatFloat(x*%d, 'f', -1, 64))\n\t\tfmt.Println(float32(x), fmt.Sprint(float32(x)) == fmt.Sprint(x), strconv.AppendFloat([]byte(\"v=\"), x, 'g', 3, 32))\n\t}", v, i, g.in(-3, 3))
		}
	}
	g.p("\t_, _, _ = nan, inf, negz\n}")
}

// genUTF8Build: strings built rune by rune and byte by byte with invalid
// code points (negative, surrogates, beyond U+10FFFF: written as U+FFFD),
// bytes that are not UTF-8, truncated sequences; then ranged over, counted,
// converted to []rune and back, validated, repaired with
// strings.ToValidUTF8, mapped with strings.Map (a negative result drops
// the rune), and printed with %q %+q %x.
func genUTF8Build(g *gen) {
	g.p(`package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"
)

var _ = bytes.Runes

func main() {`)
	runes := []string{"'a'", "'é'", "'語'", "'😀'", "-1", "0xD800", "0xDFFF", "0x10FFFF", "0x110000", "0", "0x7F", "0x80", "0xFFFD", "utf8.MaxRune + 1"}
	bytesLits := []string{`"\xff"`, `"\xe2\x82"`, `"\xc0\xaf"`, `"\xed\xa0\x80"`, `"ok"`, `"é"`, `"\x80\x80"`, `"\xf4\x90\x80\x80"`}
	for i := range 24 {
		var parts []string
		for range g.in(1, 5) {
			if g.pct(0.5) {
				parts = append(parts, fmt.Sprintf("\t\tb.WriteRune(rune(%s))", runes[g.n(len(runes))]))
			} else if g.pct(0.5) {
				parts = append(parts, fmt.Sprintf("\t\tb.WriteString(%s)", bytesLits[g.n(len(bytesLits))]))
			} else {
				parts = append(parts, fmt.Sprintf("\t\tb.WriteByte(%d)", g.pick2(0x41, 0x80, 0xc3, 0xa9, 0xff, 0xe2)))
			}
		}
		g.p("\t{\n\t\tvar b strings.Builder\n%s\n\t\ts := b.String()", strings.Join(parts, "\n"))
		switch g.n(5) {
		case 0:
			g.p("\t\tfmt.Printf(\"%d %%q %%+q %%x %%d %%d %%v\\n\", s, s, s, len(s), utf8.RuneCountInString(s), utf8.ValidString(s))", i)
		case 1:
			g.p("\t\tfor j, r := range s {\n\t\t\tfmt.Print(j, \":\", r, \" \")\n\t\t}\n\t\trs := []rune(s)\n\t\tfmt.Printf(\"%d %%v %%q %%d\\n\", rs, string(rs), len(string(rs)))", i)
		case 2:
			g.p("\t\tfmt.Printf(\"%d %%q %%q %%q\\n\", strings.ToValidUTF8(s, \"?\"), strings.Map(func(r rune) rune {\n\t\t\tif r == utf8.RuneError {\n\t\t\t\treturn -1\n\t\t\t}\n\t\t\treturn r + 1\n\t\t}, s), bytes.Runes([]byte(s)))", i)
		case 3:
			g.p("\t\tfor len(s) > 0 {\n\t\t\tr, n := utf8.DecodeRuneInString(s)\n\t\t\tl, m := utf8.DecodeLastRuneInString(s)\n\t\t\tfmt.Print(r, n, l, m, utf8.RuneLen(r), utf8.ValidRune(r), \" \")\n\t\t\ts = s[n:]\n\t\t}\n\t\tfmt.Println(%d)", i)
		default:
			g.p("\t\tbuf := utf8.AppendRune(nil, rune(%s))\n\t\tvar enc [4]byte\n\t\tn := utf8.EncodeRune(enc[:], rune(%s))\n\t\tfmt.Printf(\"%d %%x %%x %%d %%q %%v %%v\\n\", buf, enc[:n], n, string(rune(%s))+s, strings.ContainsRune(s, utf8.RuneError), strings.IndexRune(s, utf8.RuneError) >= 0)", runes[g.n(len(runes))], runes[g.n(len(runes))], i, runes[g.n(len(runes))])
		}
		g.p("\t}")
	}
	g.p("}")
}

// genGorClosure: closures that goroutines run, mutating captured
// variables: results written by index, totals under a mutex, atomic
// counters, sync.WaitGroup.Go, per-iteration loop variables captured by
// the goroutines of three-clause and range loops, a token passed along a
// ring of goroutines (each appends to a shared log in turn), and a
// captured variable changed after the goroutines are joined.
func genGorClosure(g *gen) {
	g.p(`package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

var _ = atomic.AddInt32

func main() {`)
	for i := range 16 {
		n := g.in(1, 6)
		k := g.in(-5, 5)
		switch g.n(6) {
		case 0:
			g.p("\t{\n\t\tvar wg sync.WaitGroup\n\t\tres := make([]int, %d)\n\t\tbase := %d\n\t\tfor j := 0; j < len(res); j++ {\n\t\t\twg.Add(1)\n\t\t\tgo func() {\n\t\t\t\tdefer wg.Done()\n\t\t\t\tres[j] = j*j + base\n\t\t\t}()\n\t\t}\n\t\twg.Wait()\n\t\tbase = 1000\n\t\tfmt.Println(%d, res, base)\n\t}", n, k, i)
		case 1:
			g.p("\t{\n\t\tvar mu sync.Mutex\n\t\tvar wg sync.WaitGroup\n\t\ttotal, count := %d, 0\n\t\tfor j := range %d {\n\t\t\twg.Go(func() {\n\t\t\t\tmu.Lock()\n\t\t\t\tdefer mu.Unlock()\n\t\t\t\ttotal += j\n\t\t\t\tcount++\n\t\t\t})\n\t\t}\n\t\twg.Wait()\n\t\tfmt.Println(%d, total, count)\n\t}", k, n, i)
		case 2:
			g.p("\t{\n\t\tvar c atomic.Int64\n\t\tvar hits [%d]int32\n\t\tvar wg sync.WaitGroup\n\t\tfor j := range hits {\n\t\t\twg.Add(1)\n\t\t\tgo func(step int64) {\n\t\t\t\tdefer wg.Done()\n\t\t\t\tc.Add(step)\n\t\t\t\tatomic.AddInt32(&hits[j], int32(j)+%d)\n\t\t\t}(int64(j * %d))\n\t\t}\n\t\twg.Wait()\n\t\tfmt.Println(%d, c.Load(), hits)\n\t}", n, k, k, i)
		case 3:
			g.p("\t{\n\t\tconst n = %d\n\t\tvar chans [n + 1]chan int\n\t\tfor j := range chans {\n\t\t\tchans[j] = make(chan int)\n\t\t}\n\t\tvar log []string\n\t\tfor j := 0; j < n; j++ {\n\t\t\tgo func() {\n\t\t\t\tv := <-chans[j]\n\t\t\t\tlog = append(log, fmt.Sprint(\"g\", j, \"=\", v))\n\t\t\t\tchans[j+1] <- v*2 + %d\n\t\t\t}()\n\t\t}\n\t\tchans[0] <- 1\n\t\tfmt.Println(%d, <-chans[n], log)\n\t}", n, k, i)
		case 4:
			g.p("\t{\n\t\tx := %d\n\t\tdone := make(chan bool)\n\t\tinc := func(d int) { x += d }\n\t\tgo func() {\n\t\t\tinc(%d)\n\t\t\tdone <- true\n\t\t}()\n\t\t<-done\n\t\tgo func() {\n\t\t\tx *= 2\n\t\t\tclose(done)\n\t\t}()\n\t\t_, ok := <-done\n\t\tfmt.Println(%d, x, ok)\n\t}", k, g.in(-5, 5), i)
		default:
			g.p("\t{\n\t\tvar wg sync.WaitGroup\n\t\tout := make([]string, %d)\n\t\tfuncs := make([]func(), 0, %d)\n\t\tfor j, s := range []string{\"a\", \"b\", \"c\", \"d\", \"e\", \"f\"}[:%d] {\n\t\t\tfuncs = append(funcs, func() {\n\t\t\t\tdefer wg.Done()\n\t\t\t\tout[j] = s + fmt.Sprint(j+%d)\n\t\t\t})\n\t\t}\n\t\twg.Add(len(funcs))\n\t\tfor _, f := range funcs {\n\t\t\tgo f()\n\t\t}\n\t\twg.Wait()\n\t\tfmt.Println(%d, out)\n\t}", n, n, n, k, i)
		}
	}
	g.p("}")
}

// genSelectMulti: select with several ready cases, made deterministic by
// what is printed: the values received from each channel (in its FIFO
// order) and the totals, a merge of several producer goroutines that nils
// out each channel when it is closed, a loop draining buffered channels
// with a default to stop, and a select sending to whichever of several
// buffers has room.
func genSelectMulti(g *gen) {
	g.p(`package main

import (
	"fmt"
	"slices"
)

func fill(n, base int) chan int {
	c := make(chan int, n)
	for i := range n {
		c <- base + i
	}
	return c
}

func main() {`)
	for i := range 16 {
		na, nb, nc := g.in(0, 4), g.in(0, 4), g.in(0, 4)
		switch g.n(4) {
		case 0:
			g.p("\t{\n\t\ta, b, c := fill(%d, 0), fill(%d, 10), fill(%d, 100)\n\t\tvar ga, gb, gc []int\n\tloop%d:\n\t\tfor {\n\t\t\tselect {\n\t\t\tcase v := <-a:\n\t\t\t\tga = append(ga, v)\n\t\t\tcase v := <-b:\n\t\t\t\tgb = append(gb, v)\n\t\t\tcase v := <-c:\n\t\t\t\tgc = append(gc, v)\n\t\t\tdefault:\n\t\t\t\tbreak loop%d\n\t\t\t}\n\t\t}\n\t\tfmt.Println(%d, ga, gb, gc, len(a)+len(b)+len(c))\n\t}", na, nb, nc, i, i, i)
		case 1:
			g.p("\t{\n\t\tmk := func(base, n int) chan int {\n\t\t\tc := make(chan int)\n\t\t\tgo func() {\n\t\t\t\tfor j := range n {\n\t\t\t\t\tc <- base + j\n\t\t\t\t}\n\t\t\t\tclose(c)\n\t\t\t}()\n\t\t\treturn c\n\t\t}\n\t\ta, b := mk(0, %d), mk(50, %d)\n\t\tvar all []int\n\t\tclosed := 0\n\t\tfor a != nil || b != nil {\n\t\t\tselect {\n\t\t\tcase v, ok := <-a:\n\t\t\t\tif !ok {\n\t\t\t\t\ta = nil\n\t\t\t\t\tclosed++\n\t\t\t\t\tcontinue\n\t\t\t\t}\n\t\t\t\tall = append(all, v)\n\t\t\tcase v, ok := <-b:\n\t\t\t\tif !ok {\n\t\t\t\t\tb = nil\n\t\t\t\t\tclosed++\n\t\t\t\t\tcontinue\n\t\t\t\t}\n\t\t\t\tall = append(all, v)\n\t\t\t}\n\t\t}\n\t\tslices.Sort(all)\n\t\tfmt.Println(%d, all, closed)\n\t}", na, nb, i)
		case 2:
			g.p("\t{\n\t\ta, b := make(chan int, %d), make(chan int, %d)\n\t\tsent := 0\n\t\tfor j := range 10 {\n\t\t\tselect {\n\t\t\tcase a <- j:\n\t\t\t\tsent++\n\t\t\tcase b <- -j:\n\t\t\t\tsent++\n\t\t\tdefault:\n\t\t\t}\n\t\t}\n\t\tfmt.Println(%d, sent, len(a)+len(b), cap(a), cap(b))\n\t}", na, nb, i)
		default:
			g.p("\t{\n\t\ta := fill(%d, 1)\n\t\tdone := make(chan struct{})\n\t\tclose(done)\n\t\tsum, got, stops := 0, 0, 0\n\t\tfor range %d {\n\t\t\tselect {\n\t\t\tcase v := <-a:\n\t\t\t\tsum += v\n\t\t\t\tgot++\n\t\t\tcase <-done:\n\t\t\t\tstops++\n\t\t\t}\n\t\t}\n\t\tleft := len(a)\n\t\tfor len(a) > 0 {\n\t\t\tsum += <-a\n\t\t}\n\t\tfmt.Println(%d, sum, got+stops, got+left)\n\t}", na, na+nb, i)
		}
	}
	g.p("}")
}

// genErrPanic: panics whose values are errors of the program's types
// (pointer and value receivers, wrapping with Unwrap, errors.Join, %w),
// runtime errors and panic(nil) (a *runtime.PanicNilError), recovered and
// then examined with errors.As (into the program's types and into
// runtime.Error), errors.Is against sentinels, and re-wrapped with %w.
func genErrPanic(g *gen) {
	g.raw(`package main

import (
	"errors"
	"fmt"
	"runtime"
)

var ErrBase = errors.New("base")

type CodeErr struct{ Code int }

func (e *CodeErr) Error() string { return fmt.Sprint("code ", e.Code) }

type ValErr struct{ Msg string }

func (e ValErr) Error() string { return "val " + e.Msg }

type Wrap struct {
	Op  string
	Err error
}

func (w Wrap) Error() string  { return w.Op + ": " + w.Err.Error() }
func (w Wrap) Unwrap() error  { return w.Err }

func catch(f func()) (err error) {
	defer func() {
		r := recover()
		switch x := r.(type) {
		case nil:
		case error:
			err = fmt.Errorf("recovered: %w", x)
		default:
			err = fmt.Errorf("recovered value %v (%T)", x, x)
		}
	}()
	f()
	return nil
}

func report(tag int, err error) {
	var ce *CodeErr
	var ve ValErr
	var re runtime.Error
	var w Wrap
	fmt.Println(tag, err)
	fmt.Println("  as code:", errors.As(err, &ce), ce != nil && ce.Code > 0,
		"as val:", errors.As(err, &ve), ve.Msg,
		"as runtime:", errors.As(err, &re),
		"as wrap:", errors.As(err, &w), w.Op,
		"is base:", errors.Is(err, ErrBase))
}

func main() {`)
	var zero = "0"
	for i := range 20 {
		var f string
		switch g.n(10) {
		case 0:
			f = fmt.Sprintf("panic(&CodeErr{%d})", g.in(-3, 9))
		case 1:
			f = fmt.Sprintf("panic(ValErr{%q})", g.pick("a", "bad", ""))
		case 2:
			f = fmt.Sprintf("panic(Wrap{%q, &CodeErr{%d}})", g.pick("read", "write"), g.in(1, 9))
		case 3:
			f = fmt.Sprintf("panic(fmt.Errorf(\"ctx %%d: %%w\", %d, ErrBase))", g.in(0, 9))
		case 4:
			f = fmt.Sprintf("panic(errors.Join(ValErr{%q}, Wrap{\"op\", ErrBase}))", g.pick("x", "y"))
		case 5:
			f = fmt.Sprintf("var s []int\n\t\tfmt.Println(s[%d])", g.in(0, 3))
		case 6:
			f = fmt.Sprintf("x := %s\n\t\tfmt.Println(%d / x)", zero, g.in(1, 9))
		case 7:
			f = "panic(nil)"
		case 8:
			f = fmt.Sprintf("var e error = Wrap{\"outer\", Wrap{\"inner\", ValErr{%q}}}\n\t\tpanic(e)", g.pick("deep", "z"))
		default:
			f = fmt.Sprintf("var m map[string]int\n\t\tm[%q] = 1", g.pick("a", "b"))
		}
		if g.pct(0.25) {
			g.p("\t{\n\t\terr := catch(func() {\n\t\t\t%s\n\t\t})\n\t\terr = fmt.Errorf(\"again: %%w\", err)\n\t\treport(%d, err)\n\t}", f, i)
		} else {
			g.p("\treport(%d, catch(func() {\n\t\t%s\n\t}))", i, f)
		}
	}
	if g.pct(0.3) {
		g.p("\tpanic(Wrap{\"final\", &CodeErr{%d}})", g.in(1, 9))
	}
	g.p("}")
}

// genTreeIter: recursive iterators over a binary search tree (in-order,
// pre-order, the leaves) where yield's false must stop every level of the
// recursion, nested loops over two trees with labelled continue and break
// of the outer loop, a return from inside nested loops, iter.Pull over a
// tree walk (stopped early), and iterators of a tree's paths built from
// slices shared between levels (cloned before yielding).
func genTreeIter(g *gen) {
	g.p(`package main

import (
	"fmt"
	"iter"
	"slices"
)

type Tree struct {
	Left, Right *Tree
	Val         int
}

func (t *Tree) Insert(v int) *Tree {
	if t == nil {
		return &Tree{Val: v}
	}
	if v < t.Val {
		t.Left = t.Left.Insert(v)
	} else {
		t.Right = t.Right.Insert(v)
	}
	return t
}

func (t *Tree) All() iter.Seq[int] {
	return func(yield func(int) bool) { t.walk(yield) }
}

func (t *Tree) walk(yield func(int) bool) bool {
	if t == nil {
		return true
	}
	return t.Left.walk(yield) && yield(t.Val) && t.Right.walk(yield)
}

func (t *Tree) Pre() iter.Seq2[int, int] {
	return func(yield func(int, int) bool) {
		var rec func(*Tree, int) bool
		rec = func(n *Tree, d int) bool {
			if n == nil {
				return true
			}
			if !yield(d, n.Val) {
				return false
			}
			return rec(n.Left, d+1) && rec(n.Right, d+1)
		}
		rec(t, 0)
	}
}

func (t *Tree) Paths() iter.Seq[[]int] {
	return func(yield func([]int) bool) {
		var path []int
		var rec func(*Tree) bool
		rec = func(n *Tree) bool {
			if n == nil {
				return true
			}
			path = append(path, n.Val)
			defer func() { path = path[:len(path)-1] }()
			if n.Left == nil && n.Right == nil {
				return yield(slices.Clone(path))
			}
			return rec(n.Left) && rec(n.Right)
		}
		rec(t)
	}
}

func build(xs ...int) *Tree {
	var t *Tree
	for _, x := range xs {
		t = t.Insert(x)
	}
	return t
}

func find(t, u *Tree, sum int) (int, int, bool) {
	for a := range t.All() {
		for b := range u.All() {
			if a+b == sum {
				return a, b, true
			}
		}
	}
	return 0, 0, false
}

func main() {`)
	for i := range 16 {
		xs := g.ints(g.in(0, 7), -9, 9)
		ys := g.ints(g.in(0, 5), -9, 9)
		g.p("\t{\n\t\tt, u := build(%s), build(%s)", xs, ys)
		switch g.n(6) {
		case 0:
			g.p("\t\tfor v := range t.All() {\n\t\t\tif v > %d {\n\t\t\t\tbreak\n\t\t\t}\n\t\t\tfmt.Print(v, \" \")\n\t\t}\n\t\tfmt.Println(%d, slices.Collect(u.All()))", g.in(-9, 9), i)
		case 1:
			g.p("\touter%d:\n\t\tfor a := range t.All() {\n\t\t\tfor b := range u.All() {\n\t\t\t\tif b == a {\n\t\t\t\t\tfmt.Print(\"eq\", a, \" \")\n\t\t\t\t\tcontinue outer%d\n\t\t\t\t}\n\t\t\t\tif b > a+%d {\n\t\t\t\t\tbreak outer%d\n\t\t\t\t}\n\t\t\t\tfmt.Print(a, \"<\", b, \" \")\n\t\t\t}\n\t\t}\n\t\tfmt.Println(%d)", i, i, g.in(0, 9), i, i)
		case 2:
			g.p("\t\tfmt.Println(%d, fmt.Sprint(find(t, u, %d)))", i, g.in(-9, 9))
		case 3:
			g.p("\t\tfor d, v := range t.Pre() {\n\t\t\tif d > %d {\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\tif v == %d {\n\t\t\t\tbreak\n\t\t\t}\n\t\t\tfmt.Print(d, \":\", v, \" \")\n\t\t}\n\t\tfmt.Println(%d, u != nil)", g.in(0, 2), g.in(-9, 9), i)
		case 4:
			g.p("\t\tnext, stop := iter.Pull(t.All())\n\t\tfor range %d {\n\t\t\tv, ok := next()\n\t\t\tfmt.Print(v, ok, \" \")\n\t\t}\n\t\tstop()\n\t\tv, ok := next()\n\t\tfmt.Println(%d, v, ok, len(slices.Collect(u.All())))", g.in(0, 4), i)
		default:
			g.p("\t\tn := 0\n\t\tfor p := range t.Paths() {\n\t\t\tn++\n\t\t\tfmt.Print(p, \" \")\n\t\t\tif n == %d {\n\t\t\t\tbreak\n\t\t\t}\n\t\t}\n\t\tfor p := range u.Paths() {\n\t\t\tp[0] = 0\n\t\t\tfmt.Print(p)\n\t\t}\n\t\tfmt.Println(%d)", g.in(1, 3), i)
		}
		g.p("\t}")
	}
	g.p("}")
}

// genStdGeneric: the generic functions of slices, maps and cmp (compiled
// by the engine from the standard library's source) on edge values:
// NaN and -0 in Sort, Equal, Index, Compare, BinarySearch, Min and Max;
// Insert, Delete, Replace, Compact and Grow with their aliasing (the tail
// beyond the new length is zeroed) and their panics; Chunk, Repeat,
// Concat, Backward and sorted keys of maps with an early break; maps.Clone,
// Copy, DeleteFunc, EqualFunc and Insert with named map types; cmp.Or.
func genStdGeneric(g *gen) {
	g.raw(`package main

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
)

type Names []string
type Scores map[string]int

func try(tag int, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(tag, "panic:", r)
		}
	}()
	f()
}

func main() {
	nan, negz := math.NaN(), math.Copysign(0, -1)
	_, _ = nan, negz`)
	fl := []string{"1.5", "-2", "nan", "negz", "0", "math.Inf(1)", "math.Inf(-1)", "3", "0.25"}
	words := []string{`"b"`, `"a"`, `"c"`, `"a"`, `""`, `"B"`, `"é"`}
	for i := range 24 {
		var fs, ws []string
		for range g.in(0, 6) {
			fs = append(fs, fl[g.n(len(fl))])
		}
		for range g.in(0, 6) {
			ws = append(ws, words[g.n(len(words))])
		}
		f, w := strings.Join(fs, ", "), strings.Join(ws, ", ")
		switch g.n(10) {
		case 0:
			g.p("\t{\n\t\ts := []float64{%s}\n\t\tt := slices.Clone(s)\n\t\tslices.Sort(s)\n\t\tslices.SortFunc(t, func(a, b float64) int { return cmp.Compare(b, a) })\n\t\tfmt.Println(%d, s, t, slices.IsSorted(s), slices.Equal(s, s), slices.Index(s, nan), slices.Contains(s, negz))\n\t}", f, i)
		case 1:
			g.p("\t{\n\t\ts := []float64{%s}\n\t\tslices.Sort(s)\n\t\tfor _, x := range []float64{0, nan, -1, 3, math.Inf(1)} {\n\t\t\tj, ok := slices.BinarySearch(s, x)\n\t\t\tfmt.Print(j, ok, \" \")\n\t\t}\n\t\tif len(s) > 0 {\n\t\t\tfmt.Print(slices.Min(s), slices.Max(s), \" \")\n\t\t}\n\t\tfmt.Println(%d, cmp.Compare(nan, negz), cmp.Less(negz, 0), cmp.Compare(negz, 0))\n\t}", f, i)
		case 2:
			g.p("\t{\n\t\ts := Names{%s}\n\t\tbase := s[:len(s):len(s)]\n\t\ttry(%d, func() {\n\t\t\tr := slices.Insert(s, %d, \"x\", \"y\")\n\t\t\tfmt.Printf(\"%%T %%q %%q\\n\", r, r, base)\n\t\t})\n\t\ttry(%d, func() {\n\t\t\tr := slices.Delete(s, %d, %d)\n\t\t\tfmt.Printf(\"%%q %%q\\n\", r, s)\n\t\t})\n\t}", w, i, g.in(0, 4), i, g.in(0, 3), g.in(1, 5))
		case 3:
			g.p("\t{\n\t\ts := []string{%s}\n\t\tc := slices.Compact(slices.Clone(s))\n\t\tslices.Sort(s)\n\t\td := slices.Compact(s)\n\t\tfmt.Printf(\"%d %%q %%q %%q %%d\\n\", c, d, s, cap(d) - len(d))\n\t\te := slices.CompactFunc([]string{%s}, strings.EqualFold)\n\t\tfmt.Printf(\"%%q\\n\", e)\n\t}", w, i, w)
		case 4:
			g.p("\t{\n\t\ts := []int{1, 2, 3, 4, 5}\n\t\ttry(%d, func() {\n\t\t\tr := slices.Replace(s, %d, %d, %s)\n\t\t\tfmt.Println(r, s)\n\t\t})\n\t\tg := slices.Grow(s[:2], %d)\n\t\tfmt.Println(len(g), cap(g) >= 2+%d, slices.Clip(g[:1]), cap(slices.Clip(g[:1])))\n\t}", i, g.in(0, 4), g.in(1, 6), g.ints(g.in(0, 3), 6, 9), g.in(0, 5), g.in(0, 5))
		case 5:
			g.p("\t{\n\t\ts := []string{%s}\n\t\tfor c := range slices.Chunk(s, %d) {\n\t\t\tfmt.Printf(\"%%q \", c)\n\t\t\tif len(c) < %d {\n\t\t\t\tbreak\n\t\t\t}\n\t\t}\n\t\tfor j, v := range slices.Backward(s) {\n\t\t\tif j < %d {\n\t\t\t\tbreak\n\t\t\t}\n\t\t\tfmt.Print(j, v)\n\t\t}\n\t\tfmt.Printf(\" %d %%q %%q\\n\", slices.Repeat(s[:min(len(s), 2)], 2), slices.Concat(s, nil, []string{\"z\"}))\n\t}", w, g.in(1, 3), g.in(1, 3), g.in(0, 3), i)
		case 6:
			g.p("\t{\n\t\tm := Scores{\"a\": %d, \"b\": %d, \"c\": %d}\n\t\tc := maps.Clone(m)\n\t\tmaps.DeleteFunc(c, func(k string, v int) bool { return v < %d })\n\t\tmaps.Copy(c, map[string]int{\"d\": 4})\n\t\tfmt.Printf(\"%d %%T %%v %%v %%v %%v\\n\", c, c, m, maps.Equal(m, c), slices.Sorted(maps.Keys(c)))\n\t\tfor k := range maps.Keys(m) {\n\t\t\t_ = k\n\t\t\tbreak\n\t\t}\n\t\tvar nm Scores\n\t\tfmt.Println(maps.Clone(nm) == nil, len(maps.Collect(maps.All(nm))))\n\t}", g.in(0, 5), g.in(0, 5), g.in(0, 5), g.in(0, 5), i)
		case 7:
			g.p("\t{\n\t\tm := map[float64]int{nan: 1, %s: 2, negz: 3}\n\t\tm[nan] = 4\n\t\tc := maps.Clone(m)\n\t\tn := 0\n\t\tfor k, v := range c {\n\t\t\tif k != k {\n\t\t\t\tn += v\n\t\t\t}\n\t\t}\n\t\tfmt.Println(%d, len(c), n, maps.Equal(m, c), maps.EqualFunc(m, map[float64]int{0: 3}, func(a, b int) bool { return a == b }))\n\t\tmaps.Insert(c, maps.All(map[float64]int{1: 10}))\n\t\tfmt.Println(len(c), c[1], c[0])\n\t}", fl[g.n(len(fl))], i)
		case 8:
			g.p("\t{\n\t\tfmt.Println(%d, cmp.Or(%s), cmp.Or(0, %d, 3), cmp.Or[float64](), cmp.Or(negz, 1) == 0)\n\t\tfmt.Println(slices.MinFunc([]string{%s \"q\"}, func(a, b string) int { return cmp.Compare(len(a), len(b)) }), slices.IndexFunc([]float64{%s}, func(x float64) bool { return x != x }))\n\t}", i, strings.Join(append([]string{`""`}, ws...), ", "), g.in(0, 2), strings.Join(append(ws, ""), ", "), f)
		default:
			g.p("\t{\n\t\ts := []float64{%s}\n\t\tslices.SortStableFunc(s, func(a, b float64) int { return cmp.Compare(math.Abs(a), math.Abs(b)) })\n\t\tslices.Reverse(s)\n\t\tfmt.Println(%d, s, slices.Compare(s, []float64{nan}), slices.EqualFunc(s, s, func(a, b float64) bool { return a == b || a != a }))\n\t}", f, i)
		}
	}
	g.p("}")
}

// genTypeDecl: type declarations over instances of generic types and over
// other declared types: a defined type of an instance (none of its
// methods, the promoted ones of its embedded fields), an alias of an
// instance (the same type, with its methods), a generic alias, a defined
// type of a defined type, of an alias, and of a pointer, slice or map of
// an instance, local declarations of the same, each checked with %T, type
// assertions to interfaces with and without the methods, conversions and
// assignments.
func genTypeDecl(g *gen) {
	g.raw(`package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T            { return b.V }
func (b *Box[T]) Set(v T)          { b.V = v }

type Two[A, B any] struct {
	A A
	B B
}

func (t Two[A, B]) Swap() Two[B, A] { return Two[B, A]{t.B, t.A} }
func (t *Two[A, B]) SetA(a A)       { t.A = a }

type Holder[T any] struct {
	Box[T]
	n int
}

func (h Holder[T]) N() int { return h.n }

type Getter[T any] interface{ Get() T }
type Swapper[A, B any] interface{ Swap() Two[B, A] }

type DBox Box[int]
type ABox = Box[int]
type DDBox DBox
type DABox ABox
type GAlias[T any] = Box[T]
type DTwo Two[string, int]
type ATwo = Two[string, int]
type DHolder Holder[string]
type BoxPtr *Box[int]
type BoxSlice []Box[int]
type BoxMap map[string]Box[int]

type Fn[T any] func(T) T

func (f Fn[T]) Twice(x T) T { return f(f(x)) }

type IntFn Fn[int]
type F1 func(int) int
type F2 F1
type Ch[T any] chan T

func (c Ch[T]) Put(v T) { c <- v }

type IntCh Ch[int]
type List[T any] []T

func (l *List[T]) Push(v T) { *l = append(*l, v) }

type IntList List[int]
type M1 map[string]int
type M2 M1
type A1 [3]int
type A2 A1
type BoxPtr2 BoxPtr
type GetInt Getter[int]
type GetInt2 GetInt

func (d DBox) Double() int { return d.V * 2 }
func (d DBox) Holder() Holder[int] { return Holder[int]{Box[int](d), d.V} }

func show(tag int, x any) {
	_, g := x.(Getter[int])
	_, gs := x.(Getter[string])
	_, s := x.(Swapper[string, int])
	_, d := x.(interface{ Double() int })
	_, n := x.(interface{ N() int })
	fmt.Printf("%d %T %v g=%v gs=%v s=%v d=%v n=%v\n", tag, x, x, g, gs, s, d, n)
}

func main() {`)
	for i := range 24 {
		a, b := g.in(-9, 9), g.in(-9, 9)
		k := g.pick("a", "b", "zz")
		switch g.n(13) {
		case 0:
			g.p("\t{\n\t\td := DBox{%d}\n\t\tb := Box[int](d)\n\t\tb.Set(%d)\n\t\tshow(%d, d)\n\t\tshow(%d, b)\n\t\tshow(%d, DDBox(d))\n\t\tfmt.Println(d.Double(), Box[int](DDBox(b)).Get())\n\t}", a, b, i, i, i)
		case 1:
			g.p("\t{\n\t\tvar a ABox = Box[int]{%d}\n\t\ta.Set(%d)\n\t\tvar x any = a\n\t\t_, same := x.(Box[int])\n\t\tshow(%d, a)\n\t\tshow(%d, DABox(a))\n\t\tshow(%d, GAlias[int]{%d})\n\t\tfmt.Println(same, a.Get())\n\t}", a, b, i, i, i, a)
		case 2:
			g.p("\t{\n\t\tt := DTwo{%q, %d}\n\t\tu := Two[string, int](t)\n\t\tu.SetA(\"set\")\n\t\tvar at ATwo = u\n\t\tshow(%d, t)\n\t\tshow(%d, u)\n\t\tshow(%d, at.Swap())\n\t\tshow(%d, &at)\n\t}", k, a, i, i, i, i)
		case 3:
			g.p("\t{\n\t\th := DHolder{Box[string]{%q}, %d}\n\t\th.Set(%q)\n\t\tshow(%d, h)\n\t\tshow(%d, Holder[string](h))\n\t\tshow(%d, &h)\n\t\tfmt.Println(h.Get(), h.n, Holder[string](h).N())\n\t}", k, a, k+"!", i, i, i)
		case 4:
			g.p("\t{\n\t\tb := &Box[int]{%d}\n\t\tvar p BoxPtr = b\n\t\tq := (*Box[int])(p)\n\t\tq.Set(%d)\n\t\tshow(%d, p)\n\t\tshow(%d, q)\n\t\tfmt.Println(p.V, (*p).Get())\n\t}", a, b, i, i)
		case 5:
			g.p("\t{\n\t\ts := BoxSlice{{%d}, {%d}}\n\t\traw := []Box[int](s)\n\t\traw[0].Set(%d)\n\t\tm := BoxMap{\"k\": s[1]}\n\t\tshow(%d, s)\n\t\tshow(%d, raw)\n\t\tshow(%d, m)\n\t\tshow(%d, map[string]Box[int](m))\n\t\tfmt.Println(s[0].Get(), m[\"k\"].Get())\n\t}", a, b, a+b, i, i, i, i)
		case 6:
			g.p("\t{\n\t\ttype L Box[int]\n\t\ttype LA = Two[string, int]\n\t\ttype LT Two[string, int]\n\t\tl := L{%d}\n\t\tshow(%d, l)\n\t\tshow(%d, Box[int](l))\n\t\tshow(%d, LA{%q, %d})\n\t\tshow(%d, LT{%q, %d})\n\t\tshow(%d, Two[string, int](LT{}))\n\t}", a, i, i, i, k, b, i, k, a, i)
		case 7:
			g.p("\t{\n\t\txs := []any{DBox{%d}, Box[int]{%d}, DDBox{%d}, DABox{%d}, GAlias[string]{%q}, Holder[int]{Box[int]{%d}, 1}}\n\t\tfor _, x := range xs {\n\t\t\tswitch v := x.(type) {\n\t\t\tcase DBox:\n\t\t\t\tfmt.Print(\"DBox \", v.Double(), \" \")\n\t\t\tcase Box[int]:\n\t\t\t\tfmt.Print(\"Box \", v.Get(), \" \")\n\t\t\tcase Getter[int]:\n\t\t\t\tfmt.Printf(\"Getter %%T \", v)\n\t\t\tcase DDBox, DABox:\n\t\t\t\tfmt.Printf(\"D %%T \", v)\n\t\t\tdefault:\n\t\t\t\tfmt.Printf(\"other %%T \", v)\n\t\t\t}\n\t\t}\n\t\tfmt.Println(%d)\n\t}", a, b, a, b, k, a, i)
		case 8:
			g.p("\t{\n\t\tm := map[any]string{DBox{%d}: \"d\", Box[int]{%d}: \"b\", ABox{%d}: \"a\", DDBox{%d}: \"dd\"}\n\t\tfmt.Println(%d, len(m), m[Box[int]{%d}], m[DBox{%d}], m[DDBox{%d}], any(DBox{1}) == any(Box[int]{1}), any(ABox{2}) == any(Box[int]{2}))\n\t}", a, a, b, a, i, a, a, a)
		case 10:
			g.p("\t{\n\t\tf := Fn[int](func(x int) int { return x*2 + %d })\n\t\tg := IntFn(f)\n\t\th := F2(func(x int) int { return x - %d })\n\t\tvar k F1 = F1(h)\n\t\t_, tw := any(g).(interface{ Twice(int) int })\n\t\tfmt.Printf(\"%d %%v %%v %%v %%v %%v %%v %%T %%T %%T\\n\", f.Twice(1), g(1), Fn[int](g).Twice(2), h(3), k(g(0)), tw, g, h, k)\n\t}", a, b, i)
		case 12:
			g.p("\t{\n\t\tm := M2{\"a\": %d, %q + \"2\": %d}\n\t\tm[\"c\"]++\n\t\ta := A2{%d, %d}\n\t\ta[2] = len(m)\n\t\tp := BoxPtr2(&Box[int]{%d})\n\t\tvar g GetInt2 = Box[int]{%d}\n\t\tvar h Getter[int] = g\n\t\tshow(%d, p)\n\t\tshow(%d, g)\n\t\tfmt.Printf(\"%%v %%v %%v %%v %%v %%T %%T\\n\", m, M1(m)[\"a\"], a, A1(a) == A1{%d, %d, 1}, p.V+h.Get(), m, a)\n\t}", a, k, b, a, b, a, b, i, i, a, b)
		case 11:
			g.p("\t{\n\t\tc := make(Ch[int], 2)\n\t\tc.Put(%d)\n\t\tic := IntCh(c)\n\t\tic <- %d\n\t\tvar r <-chan int = ic\n\t\t_, put := any(ic).(interface{ Put(int) })\n\t\tvar l List[string]\n\t\tl.Push(%q)\n\t\til := IntList{%d}\n\t\til = append(il, len(l))\n\t\tfmt.Printf(\"%d %%v %%v %%v %%v %%v %%T %%T\\n\", <-r, <-c, put, l, il, ic, il)\n\t}", a, b, k, a, i)
		default:
			g.p("\t{\n\t\tvar g Getter[int] = Holder[int]{Box[int]{%d}, %d}\n\t\tvar h Getter[int] = &Box[int]{%d}\n\t\tvar d Getter[int] = DBox{%d}.Holder()\n\t\tfmt.Printf(\"%d %%T %%v %%T %%v %%T\\n\", g, g.Get(), h, h.Get(), d)\n\t}", a, b, a, b, i)
		}
	}
	g.p("}")
}
