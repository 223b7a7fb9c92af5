package main

import (
	"fmt"
	"math/big"
)

// genStrconv: strconv round trips (ParseInt/FormatInt over bases and bit
// sizes, ParseFloat/FormatFloat, Quote/Unquote, AppendQuote, ParseBool)
// with their errors, and strings holding invalid UTF-8: range over them,
// conversions to and from []rune and []byte, utf8 counts, %q and %x.
func genStrconv(g *gen) {
	g.lit(`package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Runes []rune

type Bytes []byte

type Text string

func walk(s string) string {
	var b strings.Builder
	for i, r := range s {
		fmt.Fprintf(&b, "%d:%U ", i, r)
	}
	return b.String()
}

func main() {`)
	ints := []string{"123", "-128", "128", "255", "256", "0x1f", "1_000", "zz", "", "+7", "-0", "9223372036854775808", "-9223372036854775808", "0b101", "0o17", "017", "ff", "FF", "z", "1e3", " 1", "18446744073709551615", "-1"}
	floats := []string{"1e400", "0x1p-2", "inf", "-Inf", "NaN", "1_000.5", ".5", "1e-400", "3.4028236e38", "1.7976931348623157e308", "0.1", "5e-324", "1e", "+.e1", "0x1.8p1", "1.5E+2", "-0"}
	strs := []string{`"a\xffb"`, `"\xc0\x80"`, `"\xed\xa0\x80"`, `"€\x80"`, `"héllo"`, `"\U0010FFFF\xf4\x90\x80\x80"`, `"\x00\t\n"`, `"abc"`, `""`, `"\xe2\x82"`, `"😀"[:2]`, "`raw\\n`"}
	quoted := []string{`"\"a\\tb\""`, "`'x'`", "`'\\x41'`", "\"`raw`\"", `"\"\\u00e9\""`, `"\"bad"`, `"'ab'"`, `"\"\\xff\""`, `"\"\\400\""`}
	for i := range 26 {
		switch g.n(11) {
		case 0:
			s, base, bits := g.pick(ints...), g.pick("0", "2", "8", "10", "16", "36"), g.pick("0", "8", "16", "32", "64")
			g.p("\t{\n\t\tv, err := strconv.ParseInt(%q, %s, %s)\n\t\tfmt.Println(%d, v, err)\n\t}", s, base, bits, i)
		case 1:
			s, base, bits := g.pick(ints...), g.pick("0", "10", "16"), g.pick("0", "8", "16", "64")
			g.p("\t{\n\t\tv, err := strconv.ParseUint(%q, %s, %s)\n\t\tw, err2 := strconv.Atoi(%q)\n\t\tfmt.Println(%d, v, err, w, err2)\n\t}", s, base, bits, s, i)
		case 2:
			s, bits := g.pick(floats...), g.pick("32", "64")
			g.p("\t{\n\t\tf, err := strconv.ParseFloat(%q, %s)\n\t\tfmt.Println(%d, f, err, strconv.FormatFloat(f, %s, %d, %s))\n\t}", s, bits, i, g.pick("'g'", "'e'", "'f'", "'b'", "'x'", "'G'"), g.in(-1, 6), bits)
		case 3:
			v := g.pick("0", "-1", "255", "-9223372036854775808", "9223372036854775807", "1 << 40", "-12345")
			base := g.in(2, 36)
			g.p("\t{\n\t\tvar x int64 = %s\n\t\ts := strconv.FormatInt(x, %d)\n\t\ty, err := strconv.ParseInt(s, %d, 64)\n\t\tfmt.Println(%d, s, y == x, err, strconv.FormatUint(uint64(x), %d))\n\t}", v, base, base, i, g.in(2, 36))
		case 4:
			v := g.pick("0.1", "1.0 / 3", "1e21", "-0.0", "5e-324", "float64(float32(0.1))", "123456789.125", "2.5e-8")
			g.p("\t{\n\t\tx := %s\n\t\tfor _, f := range []byte(\"gefx\") {\n\t\t\ts := strconv.FormatFloat(x, f, -1, 64)\n\t\t\ty, err := strconv.ParseFloat(s, 64)\n\t\t\tfmt.Print(s, \" \", y == x, err, \"; \")\n\t\t}\n\t\ts32 := strconv.FormatFloat(x, 'g', -1, 32)\n\t\tfmt.Println(%d, s32)\n\t}", v, i)
		case 5:
			s := g.pick(strs...)
			g.p("\t{\n\t\ts := %s\n\t\tq := strconv.Quote(s)\n\t\tu, err := strconv.Unquote(q)\n\t\tfmt.Println(%d, q, strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), u == s, err)\n\t}", s, i)
		case 6:
			q := g.pick(quoted...)
			g.p("\t{\n\t\tu, err := strconv.Unquote(%s)\n\t\tfmt.Printf(\"%d %%q %%v\\n\", u, err)\n\t}", q, i)
		case 7:
			s := g.pick(strs...)
			g.p("\t{\n\t\ts := %s\n\t\trs := []rune(s)\n\t\tbs := []byte(s)\n\t\tfmt.Println(%d, walk(s), len(s), len(rs), utf8.RuneCountInString(s), utf8.ValidString(s), string(rs) == s)\n\t\tfmt.Printf(\"%%q %%+q %%x %% X %%v %%U\\n\", s, s, s, bs, rs, rs)\n\t\tr, size := utf8.DecodeRuneInString(s)\n\t\tlr, lsize := utf8.DecodeLastRuneInString(s)\n\t\tfmt.Println(r, size, lr, lsize, strings.ToValidUTF8(s, \"?\"), Text(Runes(rs)), Text(Bytes(bs)) == Text(s))\n\t}", s, i)
		case 8:
			r := g.pick("-1", "0xD800", "0x10FFFF", "0x110000", "'é'", "0", "0x7f", "65")
			g.p("\t{\n\t\tr := rune(%s)\n\t\ts := string(r)\n\t\tfmt.Printf(\"%d %%q %%d %%v %%v %%q %%s\\n\", s, len(s), utf8.ValidRune(r), utf8.RuneLen(r), strconv.QuoteRune(r), strconv.AppendQuoteRuneToASCII([]byte(\"x\"), r))\n\t}", r, i)
		case 9:
			b := g.pick("true", "T", "0", "1", "FALSE", "yes", "tRue", "")
			g.p("\t{\n\t\tb, err := strconv.ParseBool(%q)\n\t\tfmt.Println(%d, b, err, strconv.FormatBool(!b), string(strconv.AppendInt(nil, %d, %d)))\n\t}", b, i, g.in(-500, 500), g.in(2, 16))
		default:
			s := g.pick(strs...)
			g.p("\t{\n\t\tbs := []byte(%s)\n\t\tn := 0\n\t\tfor len(bs) > 0 {\n\t\t\tr, size := utf8.DecodeRune(bs)\n\t\t\tfmt.Print(r, \"/\", size, \" \")\n\t\t\tbs = bs[size:]\n\t\t\tn++\n\t\t}\n\t\tfmt.Println(%d, n, utf8.FullRune([]byte(%s)))\n\t}", s, i, s)
		}
	}
	g.p("}")
}

// convTypes are the integer types of genConvert, named and predeclared,
// with their sizes and signedness.
var convTypes = []struct {
	name   string
	bits   uint
	signed bool
}{
	{"int8", 8, true}, {"int16", 16, true}, {"int32", 32, true}, {"int64", 64, true}, {"int", 64, true},
	{"uint8", 8, false}, {"uint16", 16, false}, {"uint32", 32, false}, {"uint64", 64, false}, {"uint", 64, false}, {"uintptr", 64, false},
	{"Small", 8, true}, {"Flags", 8, false}, {"Count", 16, true}, {"Word", 32, false}, {"Big", 64, true},
}

// genConvert: integer arithmetic that overflows at run time (variables
// wrap) beside the same arithmetic on constants (exact, checked by the
// generator with math/big so that the program compiles), conversions
// among named and predeclared integer and float types, typed constants
// and iota.
func genConvert(g *gen) {
	g.lit(`package main

import "fmt"

type Small int8

type Flags uint8

type Count int16

type Word uint32

type Big int64

type Meters float64

type Feet float32

type Level Small

const (
	A Small = iota * 10
	B
	_
	D
	E Flags = 1 << iota
	F
	G, H = iota, iota * 2
)

const (
	KB Big = 1 << (10 * (iota + 1))
	MB
	GB
)

const huge = 1 << 100

func main() {
	fmt.Println(A, B, D, E, F, G, H, KB, MB, GB, huge>>98, huge/(huge>>3))
	fmt.Printf("%T %T %T %T\n", A, E, G, KB)`)
	rng := func(bits uint, signed bool) (*big.Int, *big.Int) {
		one := big.NewInt(1)
		if signed {
			lo := new(big.Int).Neg(new(big.Int).Lsh(one, bits-1))
			hi := new(big.Int).Sub(new(big.Int).Lsh(one, bits-1), one)
			return lo, hi
		}
		return big.NewInt(0), new(big.Int).Sub(new(big.Int).Lsh(one, bits), one)
	}
	inRange := func(v *big.Int, bits uint, signed bool) bool {
		lo, hi := rng(bits, signed)
		return v.Cmp(lo) >= 0 && v.Cmp(hi) <= 0
	}
	litAny := func(bits uint, signed bool, lo, hi *big.Int) *big.Int {
		switch g.n(5) {
		case 0:
			return lo
		case 1:
			return hi
		case 2:
			return big.NewInt(int64(g.in(-3, 3)))
		}
		if !signed {
			return big.NewInt(int64(g.in(0, 300)))
		}
		return big.NewInt(int64(g.in(-300, 300)))
	}
	lit := func(bits uint, signed bool) *big.Int {
		lo, hi := rng(bits, signed)
		for {
			if v := litAny(bits, signed, lo, hi); inRange(v, bits, signed) {
				return v
			}
		}
	}
	for i := range 28 {
		t := convTypes[g.n(len(convTypes))]
		switch g.n(6) {
		case 0, 1, 2:
			var a, b *big.Int
			for {
				a, b = lit(t.bits, t.signed), lit(t.bits, t.signed)
				if inRange(a, t.bits, t.signed) && inRange(b, t.bits, t.signed) {
					break
				}
			}
			op := g.pick("+", "-", "*", "/", "%", "&", "|", "^", "&^")
			if (op == "/" || op == "%") && b.Sign() == 0 {
				b = big.NewInt(1)
			}
			g.p("\t{\n\t\tvar a, b %s = %s, %s\n\t\tc := a %s b\n\t\ta %s= b\n\t\tfmt.Println(%d, c, a, -b, ^b, b<<%d, b>>%d)", t.name, a, b, op, op, i, g.in(0, 70), g.in(0, 70))
			// The same on constants, when the result is representable.
			var r *big.Int
			switch op {
			case "+":
				r = new(big.Int).Add(a, b)
			case "-":
				r = new(big.Int).Sub(a, b)
			case "*":
				r = new(big.Int).Mul(a, b)
			case "/":
				r = new(big.Int).Quo(a, b)
			case "%":
				r = new(big.Int).Rem(a, b)
			}
			if r != nil && inRange(r, t.bits, t.signed) {
				g.p("\t\tconst ca, cb %s = %s, %s\n\t\tfmt.Println(ca %s cb, c == ca %s cb)", t.name, a, b, op, op)
			} else if r != nil && r.IsInt64() {
				g.p("\t\tconst ua, ub = %s, %s\n\t\tfmt.Println(\"untyped\", ua %s ub)", a, b, op)
			}
			g.p("\t}")
		case 3:
			u := convTypes[g.n(len(convTypes))]
			w := convTypes[g.n(len(convTypes))]
			a := lit(t.bits, t.signed)
			g.p("\t{\n\t\tvar x %s = %s\n\t\ty := %s(x)\n\t\tz := %s(y)\n\t\tfmt.Printf(\"%d %%v %%v %%v %%T %%T\\n\", y, z, %s(z) == x, y, z)\n\t}", t.name, a, u.name, w.name, i, t.name)
		case 4:
			a := lit(t.bits, t.signed)
			g.p("\t{\n\t\tvar x %s = %s\n\t\tm := Meters(x)\n\t\tf := Feet(m * 3.28084)\n\t\tfmt.Println(%d, m, f, float32(m) == float32(f), int64(m/4), Level(x&7), Count(int64(f/1e6)))\n\t}", t.name, a, i)
		default:
			a := lit(t.bits, t.signed)
			g.p("\t{\n\t\tvar x %s = %s\n\t\tx++\n\t\tx--\n\t\tx--\n\t\tfmt.Println(%d, x, x+1, x*x, x/3, x%%3, uint8(x), int8(x), string(rune(x&0x7f|0x40)))\n\t}", t.name, a, i)
		}
	}
	g.p("}")
}

// genRTErrors: the run-time panics of Go with operands only known at run
// time (indexes and slice bounds of slices, arrays, strings and pointers
// to arrays, nil maps, pointers and funcs, integer division, failed type
// assertions to concrete and interface types, negative make sizes and
// shifts, slice to array conversions, panic(nil)): the recovered value, its
// type and whether it is a runtime.Error.
func genRTErrors(g *gen) {
	g.lit(`package main

import (
	"errors"
	"fmt"
	"runtime"
)

type MyInt int

type T struct{ x int }

func (t T) Val() int { return t.x }

type Shape interface{ Area() float64 }

type MyErr struct{}

func (MyErr) Error() string { return "myerr" }

func try(k int, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		err, isErr := r.(error)
		msg := ""
		if isErr {
			msg = err.Error()
		}
		fmt.Printf("%d %v | %T %v %v %q\n", k, r, r, isRT, isErr, msg)
	}()
	f()
}

func main() {
	var _ = errors.New`)
	for i := range 30 {
		a, b := g.in(-2, 6), g.in(-2, 6)
		n := g.in(0, 4)
		var body string
		switch g.n(16) {
		case 0:
			body = fmt.Sprintf("s := make([]int, %d, %d)\n\t\ti := %d\n\t\tfmt.Println(s[i])", n, n+g.in(0, 2), a)
		case 1:
			body = fmt.Sprintf("s := make([]byte, %d, %d)\n\t\tlo, hi := %d, %d\n\t\tfmt.Println(s[lo:hi])", n, n+g.in(0, 2), a, b)
		case 2:
			body = fmt.Sprintf("s := make([]int, %d, %d)\n\t\tlo, hi, m := %d, %d, %d\n\t\tfmt.Println(len(s[lo:hi:m]))", n, n+g.in(0, 2), g.in(0, 2), a, b)
		case 3:
			body = fmt.Sprintf("str := %q\n\t\ti, j := %d, %d\n\t\tfmt.Println(str[i])\n\t\tfmt.Println(str[i:j])", g.pick("abc", "", "héllo"), a, b)
		case 4:
			body = fmt.Sprintf("var arr [3]int\n\t\tp := &arr\n\t\ti := %d\n\t\tp[i%%4] = 1\n\t\tfmt.Println(p[1:i])\n\t\tfmt.Println(arr[i])", a)
		case 5:
			t := g.pick("string", "int", "T")
			k := map[string]string{"string": `"a"`, "int": "1", "T": "T{}"}[t]
			body = fmt.Sprintf("var m map[%s]int\n\t\tfmt.Println(m[%s], len(m))\n\t\tm[%s]++", t, k, k)
		case 6:
			t := g.pick("int", "int8", "uint", "int64", "MyInt", "uint16")
			body = fmt.Sprintf("var x, y %s = %d, %d\n\t\tfmt.Println(x %s y)", t, g.in(0, 9), g.in(0, 1), g.pick("/", "%"))
		case 7:
			body = g.pick("var p *T\n\t\tfmt.Println(p.x)", "var p *T\n\t\tfmt.Println(p.Val())", "var f func() int\n\t\tfmt.Println(f())", "var s Shape\n\t\tfmt.Println(s.Area())", "var pp **T = new(*T)\n\t\tfmt.Println((*pp).x)")
		case 8:
			v := g.pick("1", `"s"`, "MyInt(2)", "T{}", "&T{}", "nil", "MyErr{}", "[]int{}", "1.5")
			t := g.pick("int", "string", "MyInt", "T", "*T", "error", "fmt.Stringer", "Shape", "[]int", "float32")
			body = fmt.Sprintf("var x any = %s\n\t\tfmt.Println(x.(%s))", v, t)
		case 9:
			v := g.pick("MyErr{}", `errors.New("e")`, `fmt.Errorf("w: %w", MyErr{})`)
			t := g.pick("MyErr", "*MyErr", "interface{ Unwrap() error }", "fmt.Stringer")
			body = fmt.Sprintf("var e error = %s\n\t\tfmt.Println(e.(%s))", v, t)
		case 10:
			body = fmt.Sprintf("n, c := %d, %d\n\t\ts := make([]int, n, c)\n\t\tfmt.Println(len(s), cap(s))", a-1, b-2)
		case 11:
			body = fmt.Sprintf("n := %d\n\t\tch := make(chan int, n)\n\t\tfmt.Println(cap(ch))", a-1)
		case 12:
			body = fmt.Sprintf("s := make([]int, %d)\n\t\ta := [3]int(s)\n\t\tp := (*[2]int)(s)\n\t\tfmt.Println(a, *p)", n)
		case 13:
			body = fmt.Sprintf("k := %d\n\t\tfmt.Println(1<<k, int8(1)>>k)", a-2)
		case 14:
			body = g.pick("panic(nil)", `panic(MyErr{})`, `panic(fmt.Sprintf("v%d", 3))`, `panic(errors.New("plain"))`, "var e error\n\t\tpanic(e)", "panic(T{4})", "panic(MyInt(5))")
		default:
			body = fmt.Sprintf("grid := [][]int{{1, 2}, {3}}\n\t\ti, j := %d, %d\n\t\tgrid[i][j]++\n\t\tfmt.Println(grid)", g.in(0, 2), g.in(0, 2))
		}
		g.p("\ttry(%d, func() {\n\t\t%s\n\t})", i, body)
	}
	g.p("}")
}

// genNamedConv: conversions between struct types of one underlying type
// (tags ignored), pointer conversions that alias (*B)(&a), named slice,
// map, chan and func types with methods (the HandlerFunc pattern, a func
// type satisfying an interface), aliases and their method sets, and
// conversions of values in interfaces and through generic functions.
func genNamedConv(g *gen) {
	g.lit(`package main

import (
	"fmt"
	"sort"
	"strings"
)

type A struct {
	X int
	S string
}

type B struct {
	X int    ` + "`json:\"x\"`" + `
	S string ` + "`json:\"s\"`" + `
}

func (b B) Show() string { return fmt.Sprintf("B<%d,%s>", b.X, b.S) }

func (a *A) Grow() { a.X *= 2 }

type AA = A

type Handler interface{ Serve(int) int }

type HandlerFunc func(int) int

func (f HandlerFunc) Serve(x int) int { return f(x) + 1 }

type Chain []Handler

func (c Chain) Serve(x int) int {
	for _, h := range c {
		x = h.Serve(x)
	}
	return x
}

type Words []string

func (w Words) Len() int           { return len(w) }
func (w Words) Less(i, j int) bool { return len(w[i]) < len(w[j]) || len(w[i]) == len(w[j]) && w[i] < w[j] }
func (w Words) Swap(i, j int)      { w[i], w[j] = w[j], w[i] }

type Bag map[string]int

func (b Bag) Add(ws ...string) Bag {
	for _, w := range ws {
		b[w]++
	}
	return b
}

type Pipe chan int

func (p Pipe) Send(vs ...int) Pipe {
	for _, v := range vs {
		p <- v
	}
	return p
}

func Conv[T ~struct {
	X int
	S string
}](v A) T {
	return T(v)
}

var _, _ = sort.Sort, strings.Fields

func main() {`)
	for i := range 22 {
		x, s := g.in(-5, 9), g.pick("p", "q", "")
		switch g.n(10) {
		case 0:
			g.p("\t{\n\t\ta := A{%d, %q}\n\t\tb := B(a)\n\t\tb.X++\n\t\tpb := (*B)(&a)\n\t\tpb.S += \"!\"\n\t\ta.Grow()\n\t\tfmt.Println(%d, a, b, *pb, pb.Show(), A(b) == a)\n\t}", x, s, i)
		case 1:
			g.p("\t{\n\t\tvar aa AA = A{%d, %q}\n\t\taa.Grow()\n\t\tvar v any = aa\n\t\t_, isA := v.(A)\n\t\tfmt.Printf(\"%d %%v %%T %%v %%v\\n\", aa, aa, isA, B(Conv[AA](aa)).Show())\n\t}", x, s, i)
		case 2:
			g.p("\t{\n\t\tdouble := HandlerFunc(func(x int) int { return x * 2 })\n\t\tvar h Handler = Chain{double, HandlerFunc(func(x int) int { return x - %d }), Chain{double}}\n\t\tfmt.Println(%d, h.Serve(%d), double(%d), double.Serve(%d))\n\t}", g.in(0, 5), i, x, x, x)
		case 3:
			g.p("\t{\n\t\tw := Words(strings.Fields(%q))\n\t\tsort.Sort(w)\n\t\traw := []string(w)\n\t\traw[0] = strings.ToUpper(raw[0])\n\t\tfmt.Println(%d, w, len(raw), sort.IsSorted(w))\n\t}", g.pick("go is a fun language", "b a", "x", "ccc bb a dd"), i)
		case 4:
			g.p("\t{\n\t\tb := Bag{}.Add(strings.Split(%q, \",\")...)\n\t\tm := map[string]int(b)\n\t\tm[\"new\"] = 1\n\t\tfmt.Println(%d, b, len(m), Bag(m).Add(\"new\")[\"new\"])\n\t}", g.pick("a,b,a", "x", "a,,b,b,b"), i)
		case 5:
			n := g.in(0, 3)
			g.p("\t{\n\t\tp := make(Pipe, %d).Send(%s)\n\t\tvar c chan int = p\n\t\tclose(c)\n\t\tvar got []int\n\t\tfor v := range p {\n\t\t\tgot = append(got, v)\n\t\t}\n\t\tfmt.Printf(\"%d %%v %%T %%T\\n\", got, p, (<-chan int)(p))\n\t}", n, g.ints(n, 0, 9), i)
		case 6:
			g.p("\t{\n\t\tvar v any = B{%d, %q}\n\t\tif b, ok := v.(B); ok {\n\t\t\ta := A(b)\n\t\t\tv = a\n\t\t}\n\t\t_, isB := v.(B)\n\t\t_, isShow := v.(interface{ Show() string })\n\t\tfmt.Printf(\"%d %%v %%T %%v %%v\\n\", v, v, isB, isShow)\n\t}", x, s, i)
		case 7:
			g.p("\t{\n\t\tas := []A{{%d, %q}, {1, \"z\"}}\n\t\tbs := make([]B, len(as))\n\t\tfor i, a := range as {\n\t\t\tbs[i] = B(a)\n\t\t}\n\t\tps := []*A{&as[0]}\n\t\t(*B)(ps[0]).X = %d\n\t\tfmt.Println(%d, as, bs, *ps[0])\n\t}", x, s, g.in(0, 9), i)
		case 8:
			g.p("\t{\n\t\tanon := struct {\n\t\t\tX int\n\t\t\tS string\n\t\t}{%d, %q}\n\t\ta := A(anon)\n\t\tb := B(anon)\n\t\tanon = struct {\n\t\t\tX int\n\t\t\tS string\n\t\t}(b)\n\t\tfmt.Printf(\"%d %%v %%v %%+v %%T\\n\", a, b.Show(), anon, anon)\n\t}", x, s, i)
		default:
			g.p("\t{\n\t\tfs := map[string]HandlerFunc{\"inc\": func(x int) int { return x + 1 }}\n\t\tvar h Handler = fs[\"inc\"]\n\t\tf := HandlerFunc.Serve\n\t\tg := h.Serve\n\t\tfmt.Println(%d, f(fs[\"inc\"], %d), g(%d), fs[\"missing\"] == nil)\n\t}", i, x, x)
		}
	}
	g.p("}")
}

// genGenArith: integer and float arithmetic inside generic functions and
// methods, instantiated with every integer type (named ones too) and
// float types: op-assignments on variables, slice and map elements,
// pointers and fields, ++ and --, unary - and ^, shifts by a variable,
// division and remainder, and conversions to and from the type parameter.
func genGenArith(g *gen) {
	g.lit(`package main

import "fmt"

type Int interface {
	~int8 | ~int16 | ~int32 | ~int64 | ~int | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uint | ~uintptr
}

type Small int8

type Word uint16

type Addr uintptr

func Ops[T Int](a, b T, s uint) []T {
	c, d, e := a, a, a
	c += b
	d -= b
	e *= b
	x, y := a, a
	x++
	y--
	out := []T{c, d, e, x, y, -a, ^a, a << s, a >> s, a &^ b, a | b, a ^ b}
	if b != 0 {
		q, r := a, a
		q /= b
		r %= b
		out = append(out, q, r)
	}
	return out
}

type Acc[T Int | ~float64 | ~float32] struct {
	v    T
	hist []T
	m    map[string]T
}

func (a *Acc[T]) Add(d T) *Acc[T] {
	a.v += d
	a.hist = append(a.hist, a.v)
	if a.m == nil {
		a.m = map[string]T{}
	}
	a.m["sum"] += d
	a.m["neg"] -= d
	return a
}

func (a *Acc[T]) Bump() T {
	p := &a.v
	*p++
	a.hist[len(a.hist)-1] *= 2
	return *p
}

func Conv[T Int, U Int | ~float64](x T) (U, T, int64) {
	return U(x), T(U(x)), int64(x)
}

func Mean[F ~float32 | ~float64](xs ...F) F {
	var s F
	for _, x := range xs {
		s += x
	}
	s /= F(len(xs))
	return s
}

func main() {`)
	types := []struct {
		name   string
		bits   uint
		signed bool
	}{{"int8", 8, true}, {"Small", 8, true}, {"int16", 16, true}, {"int32", 32, true}, {"int64", 64, true}, {"int", 64, true},
		{"uint8", 8, false}, {"Word", 16, false}, {"uint32", 32, false}, {"uint64", 64, false}, {"uint", 64, false}, {"uintptr", 64, false}, {"Addr", 64, false}}
	val := func(bits uint, signed bool) string {
		switch g.n(4) {
		case 0:
			if signed {
				return fmt.Sprintf("-%d", uint64(1)<<(bits-1))
			}
			return "0"
		case 1:
			if signed {
				return fmt.Sprint(uint64(1)<<(bits-1) - 1)
			}
			return fmt.Sprint(uint64(1)<<bits - 1)
		}
		if signed {
			return fmt.Sprint(g.in(-100, 100))
		}
		return fmt.Sprint(g.in(0, 200))
	}
	for i := range 24 {
		t := types[g.n(len(types))]
		switch g.n(4) {
		case 0, 1:
			g.p("\tfmt.Println(%d, Ops[%s](%s, %s, %d))", i, t.name, val(t.bits, t.signed), val(t.bits, t.signed), g.in(0, 70))
		case 2:
			u := types[g.n(len(types))]
			g.p("\t{\n\t\tvar x %s = %s\n\t\tu, back, w := Conv[%s, %s](x)\n\t\tf, _, _ := Conv[%s, float64](x)\n\t\tfmt.Println(%d, u, back, w, f)\n\t}", t.name, val(t.bits, t.signed), t.name, u.name, t.name, i)
		default:
			if g.pct(0.3) {
				ft := g.pick("float64", "float32")
				g.p("\t{\n\t\ta := &Acc[%s]{}\n\t\ta.Add(%s).Add(%s)\n\t\tfmt.Println(%d, a.Bump(), a.v, a.hist, a.m, Mean[%s](1, 2.5, %s))\n\t}", ft, g.pick("0.1", "-2.5", "1e30"), g.pick("0.2", "3", "-1e30"), i, ft, g.pick("4", "0.1"))
				continue
			}
			g.p("\t{\n\t\ta := &Acc[%s]{}\n\t\ta.Add(%s).Add(%s)\n\t\tfmt.Println(%d, a.Bump(), a.v, a.hist, a.m)\n\t}", t.name, val(t.bits, t.signed), val(t.bits, t.signed), i)
		}
	}
	g.p("}")
}
