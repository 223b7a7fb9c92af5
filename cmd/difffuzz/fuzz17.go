package main

import (
	"fmt"
	"strings"
)

// shiftTypes are the integer types with the range of values the fuzz17 kinds
// give their variables (small enough for every type).
var shiftTypes = []struct {
	name   string
	bits   int
	signed bool
}{
	{"int8", 8, true}, {"int16", 16, true}, {"int32", 32, true}, {"int64", 64, true}, {"int", 64, true},
	{"uint8", 8, false}, {"uint16", 16, false}, {"uint32", 32, false}, {"uint64", 64, false}, {"uint", 64, false},
	{"uintptr", 64, false}, {"byte", 8, false}, {"rune", 32, true},
}

// intVal returns a literal of type t's range (t signed: -128..127, else 0..255).
func (g *gen) intVal(signed bool) string {
	if signed {
		return fmt.Sprint(g.in(-128, 127))
	}
	return fmt.Sprint(g.in(0, 255))
}

// genShifts: shifts of every integer type by counts held in variables of
// several (signed and unsigned) types, below, at and beyond the width;
// arithmetic right shifts of negative values; op-assignments <<= and >>=;
// untyped constants shifted by a variable, which take the type of their
// context (a typed variable, the other operand of an arithmetic or
// comparison operator, an index, a call argument of type any: int); and
// shifts inside generic functions.
func genShifts(g *gen) {
	g.p(`package main

import "fmt"

type Small int16

func shl[T ~int8 | ~int16 | ~int32 | ~int64 | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~int | ~uint](x T, s uint) (T, T) {
	return x << s, x >> s
}

func main() {
	arr := [8]string{"a", "b", "c", "d", "e", "f", "g", "h"}`)
	cnt := []string{"uint", "uint8", "uint16", "uint32", "uint64", "int", "int8", "int32", "int64", "uintptr"}
	for i := range 30 {
		t := shiftTypes[g.n(len(shiftTypes))]
		ct := g.pick(cnt...)
		s := g.pick(fmt.Sprint(g.in(0, t.bits+2)), fmt.Sprint(g.in(0, 8)), fmt.Sprint(t.bits-1), fmt.Sprint(t.bits), fmt.Sprint(g.in(t.bits, 100)))
		v := g.intVal(t.signed)
		switch c := g.n(9); c {
		case 0:
			g.p("\t{\n\t\tvar s %s = %s\n\t\tvar x %s = %s\n\t\tfmt.Println(%d, x<<s, x>>s, x<<(s/2)>>(s/2))\n\t}", ct, s, t.name, v, i)
		case 1:
			g.p("\t{\n\t\tvar s %s = %s\n\t\tvar x %s = 1 << s\n\t\tvar y %s = %s\n\t\tfmt.Printf(\"%d %%T %%v %%v %%v\\n\", x, x, y+1<<s, y|1<<s)\n\t}", ct, s, t.name, t.name, v, i)
		case 2:
			g.p("\t{\n\t\tvar s %s = %s\n\t\tvar y %s = %s\n\t\tfmt.Println(%d, 1<<s == y, y != 1<<s, 2<<s > y)\n\t}", ct, s, t.name, v, i)
		case 3:
			g.p("\t{\n\t\tvar s %s = %s\n\t\tz := 1 << s\n\t\tvar a any = 1 << s\n\t\tfmt.Printf(\"%d %%T %%v %%T %%v %%v\\n\", z, z, a, a, %s(1)<<s)\n\t}", ct, fmt.Sprint(g.in(0, 63)), i, t.name)
		case 4:
			g.p("\t{\n\t\tvar s %s = %d\n\t\tfmt.Println(%d, arr[1<<s], arr[(1<<s)-1], len(arr)>>s)\n\t}", ct, g.in(0, 2), i)
		case 5:
			sv := g.in(1, 127)
			if !t.signed {
				sv = g.in(0, 255)
				g.p("\t{\n\t\tvar s %s = %s\n\t\tx := %s(%d)\n\t\tx <<= s\n\t\ty := x\n\t\ty >>= s / 2\n\t\tx ^= ^x >> 1\n\t\tfmt.Println(%d, x, y, ^y, -y)\n\t}", ct, s, t.name, sv, i)
			} else {
				g.p("\t{\n\t\tvar s %s = %s\n\t\tx := %s(-%d)\n\t\ty := x >> s\n\t\tx <<= s\n\t\tx >>= 1\n\t\tfmt.Println(%d, x, y, ^y, -y, y &^ 3)\n\t}", ct, s, t.name, sv, i)
			}
		case 6:
			k := g.pick("int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64", "int", "uint", "Small")
			val := g.in(0, 127)
			g.p("\t{\n\t\ta, b := shl(%s(%d), %s)\n\t\tc, d := shl[%s](-%d, %s)\n\t\tfmt.Println(%d, a, b, c, d)\n\t}", k, val, s, g.pick("int8", "int16", "int32", "int64", "int", "Small"), val, s, i)
		case 7:
			g.p("\t{\n\t\tvar s %s = %s\n\t\tx := []%s{%s, %s}\n\t\tx[0] <<= s\n\t\tx[1] >>= s\n\t\tm := map[string]%s{\"k\": %s}\n\t\tm[\"k\"] <<= s %% 8\n\t\tfmt.Println(%d, x, m)\n\t}", ct, s, t.name, v, g.intVal(t.signed), t.name, g.intVal(t.signed), i)
		default:
			g.p("\t{\n\t\tvar s %s = %s\n\t\tu := uint64(1)<<s - 1\n\t\tw := int64(-1) << s\n\t\tvar f float64 = float64(int64(1) << (s %% 60))\n\t\tfmt.Println(%d, u, w, f, uint32(u), int8(w))\n\t}", ct, s, i)
		}
	}
	g.p("}")
}

// genSelects: select statements whose channel operands and send values
// are calls that log (all are evaluated once, in source order, when the
// select starts, whichever case runs), with exactly one ready case or a
// default, closed channels (receive the zero value, ok false), nil channels
// (never ready), sends into buffers with room, and loops over select with
// labelled break.
func genSelects(g *gen) {
	g.p(`package main

import "fmt"

var trace []string

func ch(name string, c chan int) chan int {
	trace = append(trace, "ch "+name)
	return c
}

func val(v int) int {
	trace = append(trace, fmt.Sprint("val ", v))
	return v
}

func flush(k int) {
	fmt.Println(k, trace)
	trace = trace[:0]
}

func main() {`)
	for i := range 20 {
		// channels: a ready to receive (buffered with a value), b closed,
		// n nil, f full buffer (not ready for send), e empty buffer (ready
		// for send).
		g.p("\t{\n\t\ta := make(chan int, 2)\n\t\ta <- %d\n\t\tb := make(chan int)\n\t\tclose(b)\n\t\tvar n chan int\n\t\tf := make(chan int, 1)\n\t\tf <- 9\n\t\te := make(chan int, %d)", g.in(-5, 5), g.in(1, 2))
		ready := g.pick("a", "b", "e", "none")
		var cases []string
		cases = append(cases, "\t\tcase v := <-ch(\"n\", n):\n\t\t\tfmt.Println(\"n\", v)")
		cases = append(cases, fmt.Sprintf("\t\tcase ch(\"f\", f) <- val(%d):\n\t\t\tfmt.Println(\"f\")", g.n(9)))
		switch ready {
		case "a":
			cases = append(cases, "\t\tcase v, ok := <-ch(\"a\", a):\n\t\t\tfmt.Println(\"a\", v, ok)")
		case "b":
			cases = append(cases, "\t\tcase v, ok := <-ch(\"b\", b):\n\t\t\tfmt.Println(\"b\", v, ok)")
		case "e":
			cases = append(cases, fmt.Sprintf("\t\tcase ch(\"e\", e) <- val(%d):\n\t\t\tfmt.Println(\"e\", len(e), <-e)", g.n(9)))
		}
		if ready == "none" || g.pct(0.4) {
			cases = append(cases, "\t\tdefault:\n\t\t\tfmt.Println(\"default\")")
		}
		g.r.Shuffle(len(cases), func(x, y int) { cases[x], cases[y] = cases[y], cases[x] })
		g.p("\t\tselect {\n%s\n\t\t}", strings.Join(cases, "\n"))
		switch g.n(4) {
		case 0:
			g.p("\t\tclose(a)\n\t\tfor k := 0; k < 4; k++ {\n\t\t\tselect {\n\t\t\tcase v, ok := <-a:\n\t\t\t\tfmt.Print(\"a\", v, ok, \" \")\n\t\t\t\tif !ok {\n\t\t\t\t\tcontinue\n\t\t\t\t}\n\t\t\tcase n <- k:\n\t\t\t\tfmt.Print(\"never\")\n\t\t\t}\n\t\t}")
		case 1:
			g.p("\tL%d:\n\t\tfor {\n\t\t\tselect {\n\t\t\tcase v := <-f:\n\t\t\t\tfmt.Print(\"f\", v, \" \")\n\t\t\tdefault:\n\t\t\t\tbreak L%d\n\t\t\t}\n\t\t}", i, i)
		case 2:
			g.p("\t\tfor range 3 {\n\t\t\tselect {\n\t\t\tcase e <- len(e):\n\t\t\t\tfmt.Print(\"sent \", len(e), \" \")\n\t\t\tdefault:\n\t\t\t\tfmt.Print(\"full \", cap(e), \" \")\n\t\t\t}\n\t\t}")
		default:
			g.p("\t\tselect {\n\t\tcase <-b:\n\t\t\tfmt.Print(\"closed \")\n\t\t}")
		}
		g.p("\t\t_, _, _ = a, e, f\n\t\tflush(%d)\n\t}", i)
	}
	g.p("}")
}

// genDeferEval: the arguments of deferred calls and go statements are
// evaluated when the statement runs, method values bind their receiver
// then (a copy for a value receiver), deferred closures see later changes,
// deferred calls run last in first out (also deferred in loops), a nil
// func deferred panics only when it would run, and a method value of a
// nil interface panics at the defer statement.
func genDeferEval(g *gen) {
	g.p(`package main

import (
	"fmt"
	"strings"
)

type C struct{ n int }

func (c C) Val(tag string)   { fmt.Println(tag, "val", c.n) }
func (c *C) Ptr(tag string)  { fmt.Println(tag, "ptr", c.n) }
func (c C) Add(k int) C      { c.n += k; return c }
func (c *C) Inc(k int) *C    { c.n += k; return c }

type Shower interface{ Val(string) }

func show(tag string, xs ...int) { fmt.Println(tag, xs) }

func named(k int) (r int, s string) {
	defer func() { r *= 2; s += "!" }()
	defer func(v int) { r += v }(k)
	r, s = k, strings.Repeat("x", k%%4)
	return r + 1, s
}

func main() {`)
	for i := range 20 {
		tag := fmt.Sprintf("\"t%d\"", i)
		k := g.in(0, 9)
		switch g.n(8) {
		case 0:
			g.p("\tfunc() {\n\t\tc := C{%d}\n\t\tdefer c.Val(%s)\n\t\tdefer c.Ptr(%s)\n\t\tdefer (&c).Val(%s + \"b\")\n\t\tv := c.Val\n\t\tdefer v(%s + \"c\")\n\t\tc.n += %d\n\t\tc = c.Add(%d)\n\t}()", k, tag, tag, tag, tag, g.in(1, 5), g.in(1, 5))
		case 1:
			g.p("\tfunc() {\n\t\tx := %d\n\t\tdefer show(%s, x, x*2)\n\t\tdefer func() { show(%s+\"cl\", x) }()\n\t\tfor i := range %d {\n\t\t\tdefer show(%s+\"loop\", i, x)\n\t\t\tx += i\n\t\t}\n\t\tx = -x\n\t}()", k, tag, tag, g.in(0, 4), tag)
		case 2:
			g.p("\tfunc() {\n\t\tdefer func() { fmt.Println(%s, \"recovered\", recover() != nil) }()\n\t\tvar f func(string)\n\t\tdefer f(%s)\n\t\tfmt.Println(%s, \"after defer of nil func\")\n\t}()", tag, tag, tag)
		case 3:
			g.p("\tfunc() {\n\t\tdefer func() { fmt.Println(%s, \"recovered\", recover()) }()\n\t\tvar s Shower\n\t\tif %v {\n\t\t\ts = C{%d}\n\t\t}\n\t\tdefer s.Val(%s)\n\t\tfmt.Println(%s, \"after defer\")\n\t}()", tag, g.pct(0.5), k, tag, tag)
		case 4:
			g.p("\tfmt.Println(%s, fmt.Sprint(named(%d)))", tag, k)
		case 5:
			g.p("\tfunc() {\n\t\tp := &C{%d}\n\t\tdefer p.Inc(%d).Inc(%d).Ptr(%s)\n\t\tfmt.Println(%s, \"now\", p.n)\n\t\tp.n = 100\n\t}()", k, g.in(1, 3), g.in(1, 3), tag, tag)
		case 6:
			g.p("\tfunc() {\n\t\tcs := []C{{1}, {2}, {3}}\n\t\tfor _, c := range cs {\n\t\t\tdefer c.Val(%s)\n\t\t}\n\t\tfor j := range cs {\n\t\t\tdefer cs[j].Ptr(%s)\n\t\t\tcs[j].n *= %d\n\t\t}\n\t\tcs[0].n = -1\n\t}()", tag, tag, g.in(2, 5))
		default:
			g.p("\tfunc() {\n\t\tdone := make(chan bool)\n\t\tx := %d\n\t\tgo func(v int) {\n\t\t\tfmt.Println(%s, \"go\", v)\n\t\t\tdone <- true\n\t\t}(x * 3)\n\t\tx = 0\n\t\t<-done\n\t}()", k, tag)
			g.p("\tfunc() {\n\t\tdone := make(chan C)\n\t\tc := C{%d}\n\t\tgo func(c C) { done <- c }(c)\n\t\tc.n++\n\t\tfmt.Println(%s, (<-done).n, c.n)\n\t}()", k, tag)
		}
	}
	g.p("}")
}

// genCopies: value semantics of arrays and structs: range over an array
// ranges over a copy (changes in the body are not seen; over a pointer to
// the array or a slice they are), nested composite literals with elided
// types (also &T elided in []*T and map values), arrays of structs
// assigned and passed by value, value receivers changing their copy,
// arrays held in interfaces and closures, and struct fields of array type.
func genCopies(g *gen) {
	g.p(`package main

import "fmt"

type P struct {
	X, Y int
	Tag  [2]string
}

type Box struct {
	Ps  [3]P
	Ref *P
	S   []P
}

func (p P) Moved(d int) P {
	p.X += d
	p.Tag[0] = "moved"
	return p
}

func (p P) Try(d int) { p.X += d }

func (p *P) Move(d int) { p.X += d; p.Tag[1] = "ptr" }

func (b Box) Set(i int, v P) Box { b.Ps[i] = v; return b }

func change(a [3]P) [3]P { a[0].X = 99; return a }

func main() {`)
	lit := func() string {
		return fmt.Sprintf("{%d, %d, [2]string{%q, %q}}", g.in(-9, 9), g.in(-9, 9), g.pick("a", "b", "c"), g.pick("x", "y", ""))
	}
	for i := range 24 {
		switch g.n(9) {
		case 0:
			g.p("\t{\n\t\tarr := [4]int{%s}\n\t\tfor i, v := range arr {\n\t\t\tarr[(i+1)%%4] += v * %d\n\t\t\tfmt.Print(v, \" \")\n\t\t}\n\t\tfmt.Println(%d, arr)\n\t}", g.ints(4, -5, 5), g.in(1, 3), i)
		case 1:
			g.p("\t{\n\t\tarr := [4]int{%s}\n\t\tfor i, v := range %s {\n\t\t\tarr[(i+1)%%4] += v * %d\n\t\t\tfmt.Print(v, \" \")\n\t\t}\n\t\tfmt.Println(%d, arr)\n\t}", g.ints(4, -5, 5), g.pick("&arr", "arr[:]", "arr[1:]"), g.in(1, 3), i)
		case 2:
			g.p("\t{\n\t\tb := Box{Ps: [3]P{%s, %s}, Ref: &P{X: %d}, S: []P{%s}}\n\t\tc := b\n\t\tc.Ps[0].X = %d\n\t\tc.Ref.X++\n\t\tc.S[0].Y = %d\n\t\tc.Ps[1].Tag[1] = \"c\"\n\t\tfmt.Printf(\"%d %%+v %%+v %%v %%v\\n\", b.Ps, c.Ps, *b.Ref, b.S)\n\t}", lit(), lit(), g.in(0, 9), lit(), g.in(0, 9), g.in(0, 9), i)
		case 3:
			g.p("\t{\n\t\tps := []*P{{X: %d}, {Y: %d}, nil}\n\t\tm := map[string]*P{\"a\": {%d, %d, [2]string{}}}\n\t\tmm := map[[2]int][]P{{1, 2}: {{X: 1}, {Y: 2}}}\n\t\tps[2] = ps[0]\n\t\tps[2].X += 10\n\t\tm[\"a\"].Y *= 3\n\t\tmm[[2]int{1, 2}][1].X = 7\n\t\tfmt.Println(%d, *ps[0], *ps[1], *m[\"a\"], mm)\n\t}", g.in(0, 9), g.in(0, 9), g.in(0, 9), g.in(0, 9), i)
		case 4:
			g.p("\t{\n\t\tp := P%s\n\t\tq := p.Moved(%d)\n\t\tp.Try(5)\n\t\tp.Move(%d)\n\t\tf := p.Moved\n\t\tp.X = 1000\n\t\tfmt.Println(%d, p, q, f(1))\n\t}", lit(), g.in(1, 9), g.in(1, 9), i)
		case 5:
			g.p("\t{\n\t\ta := [3]P{%s, %s, %s}\n\t\tb := change(a)\n\t\tvar x any = a\n\t\ta[1].Y = -1\n\t\ty := x.([3]P)\n\t\ty[2].X = 55\n\t\tfmt.Println(%d, a, b, x, y == x, a == b)\n\t}", lit(), lit(), lit(), i)
		case 6:
			g.p("\t{\n\t\tgrid := [2][3]int{{%s}, {%s}}\n\t\trow := grid[0]\n\t\trow[1] = 100\n\t\tpr := &grid[1]\n\t\tpr[2] = 200\n\t\tg2 := grid\n\t\tg2[0][0] = -1\n\t\tfor _, r := range grid {\n\t\t\tr[0] = 0\n\t\t}\n\t\tfor i := range grid {\n\t\t\tgrid[i][0] += %d\n\t\t}\n\t\tfmt.Println(%d, grid, row, g2)\n\t}", g.ints(3, -9, 9), g.ints(3, -9, 9), g.in(1, 5), i)
		case 7:
			g.p("\t{\n\t\tb := Box{}\n\t\tb2 := b.Set(%d, P%s)\n\t\tarr := b2.Ps\n\t\tf := func() [3]P { return arr }\n\t\tarr[0].X = 42\n\t\tc := f()\n\t\tc[1].Y = 43\n\t\tfmt.Println(%d, b.Ps, b2.Ps, arr, c)\n\t}", g.in(0, 2), lit(), i)
		default:
			g.p("\t{\n\t\ts := []P{%s, %s}\n\t\tfor _, p := range s {\n\t\t\tp.X = 0\n\t\t\tp.Move(1)\n\t\t}\n\t\tfor i := range s {\n\t\t\ts[i].Move(%d)\n\t\t}\n\t\tt := append([]P(nil), s...)\n\t\tt[0].Tag[0] = \"t\"\n\t\tarrP := [2]P(s)\n\t\tarrP[1].Y = 77\n\t\tfmt.Println(%d, s, t, arrP)\n\t}", lit(), lit(), g.in(1, 5), i)
		}
	}
	g.p("}")
}

// genMultiAssign: tuple assignments whose left side has index expressions
// and pointer indirections depending on variables assigned in the same
// statement (i, a[i] = ...: the operands on the left are evaluated first,
// then the assignments happen left to right), swaps and rotations through
// slices, maps, struct fields and pointers, and := with some new names.
func genMultiAssign(g *gen) {
	g.p(`package main

import "fmt"

type T struct {
	A [3]int
	N int
	P *T
}

func main() {`)
	for i := range 28 {
		a := g.ints(3, -5, 5)
		switch g.n(10) {
		case 0:
			g.p("\t{\n\t\ta := []int{%s}\n\t\ti := %d\n\t\ti, a[i] = a[i]&1+1, i+%d\n\t\tfmt.Println(%d, i, a)\n\t}", a, g.in(0, 2), g.in(0, 9), i)
		case 1:
			g.p("\t{\n\t\ta := []int{%s}\n\t\ti := %d\n\t\ta[i], i = %d, (i+1)%%3\n\t\ta[i], a[(i+1)%%3] = a[(i+1)%%3], a[i]\n\t\tfmt.Println(%d, i, a)\n\t}", a, g.in(0, 2), g.in(0, 9), i)
		case 2:
			g.p("\t{\n\t\tx, y, z := %s\n\t\tx, y, z = z, x, y\n\t\ty, x = x+y, y-x\n\t\tfmt.Println(%d, x, y, z)\n\t}", a, i)
		case 3:
			g.p("\t{\n\t\tt := &T{N: %d}\n\t\tu := &T{N: %d, P: t}\n\t\tp := u\n\t\tp, p.N = t, %d\n\t\tfmt.Println(%d, t.N, u.N, p == t)\n\t\tp.P = u\n\t\tp.N, p = %d, p.P\n\t\tfmt.Println(%d, t.N, u.N, p == u)\n\t}", g.in(0, 9), g.in(0, 9), g.in(10, 20), i, g.in(30, 40), i)
		case 4:
			g.p("\t{\n\t\tm := map[string]int{\"a\": %d}\n\t\tk := \"a\"\n\t\tk, m[k] = \"b\", %d\n\t\tm[k], k = m[\"a\"]+1, \"c\"\n\t\tfmt.Println(%d, k, m)\n\t}", g.in(0, 9), g.in(0, 9), i)
		case 5:
			g.p("\t{\n\t\tx := [3]int{%s}\n\t\tp := &x\n\t\tq := &[3]int{7, 8, 9}\n\t\tp, p[%d] = q, 100\n\t\tfmt.Println(%d, x, *p, *q)\n\t}", a, g.in(0, 2), i)
		case 6:
			g.p("\t{\n\t\ts := []int{%s}\n\t\ts, s[0] = s[1:], -1\n\t\tfmt.Println(%d, s)\n\t\tvar t T\n\t\tt.A[0], t.A[1], t.A[2] = t.A[2]+1, t.A[0]+2, t.A[1]+3\n\t\tfmt.Println(%d, t.A)\n\t}", a, i, i)
		case 7:
			g.p("\t{\n\t\tn := %d\n\t\tn, m := n*2, n+1\n\t\tif n, k := m, n; k > 0 {\n\t\t\tfmt.Println(%d, n, k, m)\n\t\t}\n\t\tfmt.Println(%d, n, m)\n\t}", g.in(-3, 5), i, i)
		case 8:
			g.p("\t{\n\t\ta := []int{%s}\n\t\tfor i, j := 0, len(a)-1; i < j; i, j = i+1, j-1 {\n\t\t\ta[i], a[j] = a[j], a[i]\n\t\t}\n\t\ti := 0\n\t\ti, a[i], a[i+1] = 2, a[i+1], a[i]\n\t\tfmt.Println(%d, i, a)\n\t}", g.ints(g.in(2, 6), -9, 9), i)
		default:
			g.p("\t{\n\t\tt := T{A: [3]int{%s}}\n\t\tarr := t.A\n\t\tt.A, arr[0] = [3]int{}, t.A[1]\n\t\tvar e any\n\t\tvar ok bool\n\t\te, ok = any(t.N), %v\n\t\tfmt.Println(%d, t.A, arr, e, ok)\n\t}", a, g.pct(0.5), i)
		}
	}
	g.p("}")
}

// genConstTypes: the default types of untyped constants and of mixed
// constant expressions (rune + int is rune, int + float is float64, int +
// imaginary is complex128), typed constants in expressions with untyped
// ones, constant float-to-int conversions of exact values, division of
// integer and float constants, len of constant strings and arrays,
// string and rune constants, printed with %T and %v.
func genConstTypes(g *gen) {
	g.p(`package main

import (
	"fmt"
	"math"
)

type Celsius float64
type Small int8
type Name string

const (
	big    = 1 << 100
	fl     = 2.5
	r      = 'x'
	s      = "héllo"
	tiny   = 1e-300
	typedI int32   = 7
	typedF float32 = 0.1
)

var _ = math.Pi

func main() {`)
	exprs := []string{
		"r + 1", "r * 2", "'a' - 'A'", "1 + 2.0", "7 / 2", "7 / 2.0", "7.0 / 2", "1 + 0i", "2i * 2i", "big >> 98",
		"fl * 2", "int(fl * 2)", "len(s)", "s + \"!\"", "typedI * 3", "typedI / 2", "typedF * 3", "float64(typedF)",
		"'a' + typedI", "Celsius(fl) * 2", "Small(r - 100)", "Name(s) + \"x\"", "math.MaxInt8 + 1", "uint64(math.MaxUint64)",
		"math.MaxInt64", "-7 % 3", "-7 / 2", "7 >> 1", "^0", "^uint8(0)", "1 << 10 >> 3", "big / big", "tiny * 1e300",
		"int64(1e18)", "float32(1) / 3", "1e3", "100 * 1.5", "'a' < 'b'", "\"a\" < \"b\"", "len([3]int{})", "complex(1, 2)",
		"real(3 + 4i)", "imag(2i) * 2", "string(rune(65))", "'\\u00e9'", "0x1p-2", "0b101 | 0o17", "1_000_000 * 3", "math.Pi * 2",
		"float32(math.Pi)", "uint8(255) + 0", "r > 100", "Celsius(100) / 3", "Small(-3) * 2",
	}
	for i := range 25 {
		e := g.pick(exprs...)
		switch g.n(4) {
		case 0:
			g.p("\t{\n\t\tx := %s\n\t\tfmt.Printf(\"%d %%T %%v\\n\", x, x)\n\t}", e, i)
		case 1:
			g.p("\t{\n\t\tconst c = %s\n\t\tvar a any = c\n\t\tfmt.Printf(\"%d %%T %%v\\n\", a, c)\n\t}", e, i)
		case 2:
			f := g.pick(exprs...)
			g.p("\tfmt.Println(%d, %s, %s)", i, e, f)
		default:
			g.p("\t{\n\t\tv := []any{%s, %s}\n\t\tfor _, x := range v {\n\t\t\tfmt.Printf(\"%%T=%%v \", x, x)\n\t\t}\n\t\tfmt.Println(%d)\n\t}", e, g.pick(exprs...), i)
		}
	}
	g.p("}")
}

// genRepanic: recover's rules: only a deferred function called directly
// recovers (a helper it calls gets nil, and so does recover deferred
// itself), a second recover gets nil, a panic in a deferred call replaces
// the one in flight, re-panics with the recovered value or a wrapped one,
// panics during a normal return caught by an earlier defer, named results
// set after recovering, runtime errors with their texts and whether they
// are runtime.Error, and sometimes an uncaught re-panic that ends the
// program.
func genRepanic(g *gen) {
	g.raw(`package main

import (
	"errors"
	"fmt"
	"runtime"
)

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("myerr ", e.code) }

func helper() any { return recover() }

func describe(tag string, p any) {
	_, isRT := p.(runtime.Error)
	_, isErr := p.(error)
	var me *MyErr
	isMy := false
	if e, ok := p.(error); ok {
		isMy = errors.As(e, &me)
	}
	fmt.Printf("%s %T %v rt=%v err=%v my=%v\n", tag, p, p, isRT, isErr, isMy)
}

func idx(xs []int, i int) int { return xs[i] }

var _ = helper

func main() {`)
	vals := []string{"\"boom\"", "42", "&MyErr{7}", "fmt.Errorf(\"wrap: %w\", &MyErr{3})", "errors.New(\"plain\")", "[2]int{1, 2}", "idx([]int{1, 2}, 5)", "[]int{}[0:3]", "1 / len([]int{})", "any(\"s\").(int)", "map[string]int(nil)[\"x\"] / 1", "*(*int)(nil)"}
	panicOf := func() string {
		v := g.pick(vals...)
		switch v {
		case "idx([]int{1, 2}, 5)", "[]int{}[0:3]", "1 / len([]int{})", "any(\"s\").(int)", "*(*int)(nil)":
			return "_ = " + v
		case "map[string]int(nil)[\"x\"] / 1":
			return "var m map[string]int\n\t\tm[\"x\"] = 1"
		}
		return "panic(" + v + ")"
	}
	for i := range 18 {
		tag := fmt.Sprintf("\"t%d\"", i)
		switch g.n(8) {
		case 0:
			g.p("\tfunc() {\n\t\tdefer func() { describe(%s, recover()) }()\n\t\t%s\n\t}()", tag, panicOf())
		case 1:
			g.p("\tfunc() {\n\t\tdefer func() { describe(%s+\"outer\", recover()) }()\n\t\tdefer func() { describe(%s+\"helper\", helper()) }()\n\t\t%s\n\t}()", tag, tag, panicOf())
		case 2:
			g.p("\tfunc() {\n\t\tdefer func() { describe(%s+\"outer\", recover()) }()\n\t\tdefer recover()\n\t\t%s\n\t}()", tag, panicOf())
		case 3:
			g.p("\tfunc() {\n\t\tdefer func() { describe(%s+\"outer\", recover()) }()\n\t\tdefer func() {\n\t\t\tp := recover()\n\t\t\tdescribe(%s+\"first\", p)\n\t\t\tdescribe(%s+\"second\", recover())\n\t\t\tpanic(fmt.Sprint(\"again: \", p))\n\t\t}()\n\t\t%s\n\t}()", tag, tag, tag, panicOf())
		case 4:
			g.p("\tfunc() {\n\t\tdefer func() { describe(%s+\"outer\", recover()) }()\n\t\tdefer func() {\n\t\t\t%s\n\t\t}()\n\t\t%s\n\t}()", tag, panicOf(), panicOf())
		case 5:
			g.p("\tfunc() {\n\t\tdefer func() { describe(%s+\"outer\", recover()) }()\n\t\tdefer func() {\n\t\t\t%s\n\t\t}()\n\t\tfmt.Println(%s, \"returning normally\")\n\t}()", tag, panicOf(), tag)
		case 6:
			g.p("\tfmt.Println(%s, fmt.Sprint(func() (n int, err error) {\n\t\tdefer func() {\n\t\t\tif p := recover(); p != nil {\n\t\t\t\terr = fmt.Errorf(\"recovered: %%v\", p)\n\t\t\t\tn = -n\n\t\t\t}\n\t\t}()\n\t\tn = %d\n\t\t%s\n\t\treturn n + 1, nil\n\t}()))", tag, g.in(1, 9), panicOf())
		default:
			g.p("\tfunc() {\n\t\tdefer func() { describe(%s+\"outer\", recover()) }()\n\t\tfunc() {\n\t\t\tdefer func() {\n\t\t\t\tif p := recover(); p != nil {\n\t\t\t\t\tdescribe(%s+\"inner\", p)\n\t\t\t\t\tpanic(p)\n\t\t\t\t}\n\t\t\t}()\n\t\t\t%s\n\t\t}()\n\t\tfmt.Println(\"not reached\")\n\t}()", tag, tag, panicOf())
		}
	}
	if g.pct(0.2) {
		g.p("\tdefer func() {\n\t\tp := recover()\n\t\tfmt.Println(\"last\", p)\n\t\tpanic(p)\n\t}()\n\t%s", panicOf())
	}
	g.p("}")
}

// genTypeEmbed: type switches and assertions over structs embedding other
// structs (by value and by pointer) and interfaces: which interfaces a type
// satisfies through promoted methods (a pointer method promoted through an
// embedded pointer belongs to the value's method set), the first matching
// case of a type switch whose cases are interfaces and concrete types,
// conversions between interface types, and the promoted method that an
// interface value calls (the outer type's own method shadows it).
func genTypeEmbed(g *gen) {
	g.raw(`package main

import "fmt"

type Namer interface{ Name() string }
type Sizer interface{ Size() int }
type Both interface {
	Namer
	Sizer
}
type Resizer interface{ Resize(int) }

type Base struct{ n int }

func (b Base) Name() string { return fmt.Sprint("base", b.n) }
func (b *Base) Resize(k int) { b.n = k }

type Sized struct{ s int }

func (s *Sized) Size() int { return s.s }

type ByVal struct {
	Base
	Sized
}
type ByPtr struct {
	*Base
	*Sized
}
type Shadow struct {
	Base
	x int
}

func (s Shadow) Name() string { return fmt.Sprint("shadow", s.x, s.Base.Name()) }

type WithIface struct {
	Namer
	k int
}

type Deep struct {
	ByPtr
	Tag string
}

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case Both:
		return "both " + x.Name() + fmt.Sprint(x.Size())
	case Resizer:
		x.Resize(77)
		if n, ok := x.(Namer); ok {
			return "resizer+namer " + n.Name()
		}
		return "resizer"
	case Namer:
		return "namer " + x.Name()
	case Sizer:
		return fmt.Sprint("sizer ", x.Size())
	case fmt.Stringer:
		return "stringer"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {`)
	mk := func() string {
		b, s := g.in(0, 9), g.in(0, 9)
		return g.pick(
			fmt.Sprintf("ByVal{Base{%d}, Sized{%d}}", b, s),
			fmt.Sprintf("&ByVal{Base{%d}, Sized{%d}}", b, s),
			fmt.Sprintf("ByPtr{&Base{%d}, &Sized{%d}}", b, s),
			fmt.Sprintf("&ByPtr{&Base{%d}, &Sized{%d}}", b, s),
			fmt.Sprintf("Shadow{Base{%d}, %d}", b, s),
			fmt.Sprintf("&Shadow{Base{%d}, %d}", b, s),
			fmt.Sprintf("WithIface{Base{%d}, %d}", b, s),
			fmt.Sprintf("WithIface{Shadow{Base{%d}, %d}, 1}", b, s),
			fmt.Sprintf("Deep{ByPtr{&Base{%d}, &Sized{%d}}, \"d\"}", b, s),
			fmt.Sprintf("Base{%d}", b), fmt.Sprintf("&Base{%d}", b), fmt.Sprintf("&Sized{%d}", s), fmt.Sprintf("Sized{%d}", s),
			"nil", fmt.Sprint(b), "Namer(nil)")
	}
	for i := range 22 {
		switch g.n(5) {
		case 0, 1:
			g.p("\t{\n\t\tv := any(%s)\n\t\tfmt.Println(%d, classify(v))\n\t\tfmt.Println(%d, classify(v))\n\t}", mk(), i, i)
		case 2:
			g.p("\t{\n\t\tvar v any = %s\n\t\t_, n := v.(Namer)\n\t\t_, s := v.(Sizer)\n\t\t_, b := v.(Both)\n\t\t_, r := v.(Resizer)\n\t\tfmt.Printf(\"%d %%T %%v %%v %%v %%v\\n\", v, n, s, b, r)\n\t}", mk(), i)
		case 3:
			g.p("\t{\n\t\tvar n Namer = %s\n\t\tif b, ok := n.(Both); ok {\n\t\t\tvar s Sizer = b\n\t\t\tfmt.Println(%d, s.Size(), b.Name())\n\t\t} else {\n\t\t\tfmt.Println(%d, n.Name(), ok)\n\t\t}\n\t}", g.pick(fmt.Sprintf("Shadow{Base{%d}, 2}", g.n(9)), fmt.Sprintf("&ByVal{Base{%d}, Sized{3}}", g.n(9)), fmt.Sprintf("ByPtr{&Base{%d}, &Sized{4}}", g.n(9)), fmt.Sprintf("Base{%d}", g.n(9)), fmt.Sprintf("WithIface{Base{%d}, 5}", g.n(9))), i, i)
		default:
			g.p("\t{\n\t\td := Deep{ByPtr{&Base{%d}, &Sized{%d}}, \"x\"}\n\t\td.Resize(%d)\n\t\tc := d\n\t\tc.Resize(%d)\n\t\tv := ByVal{Base{%d}, Sized{%d}}\n\t\tw := v\n\t\tw.Resize(%d)\n\t\tvar r Resizer = &w\n\t\tr.Resize(%d)\n\t\tfmt.Println(%d, d.Name(), c.Name(), d.Size(), v.Name(), w.Name(), w.Size())\n\t}", g.n(9), g.n(9), g.n(9), g.n(9), g.n(9), g.n(9), g.n(9), g.n(9), i)
		}
	}
	g.p("}")
}

// raw writes s and a newline (no formatting).
func (g *gen) raw(s string) {
	g.b.WriteString(s)
	g.b.WriteByte('\n')
}

// genIterPanic: range-over-func loops whose bodies panic, defer, break,
// return and goto, over iterators that defer, recover, ignore yield's
// false or panic themselves: the order of the body's defers (they belong
// to the enclosing function) and the iterator's, what a recover in the
// caller or in the iterator sees, and the run-time errors of misbehaving
// iterators.
func genIterPanic(g *gen) {
	g.raw(`package main

import (
	"fmt"
	"iter"
)

var log []string

func logf(format string, args ...any) { log = append(log, fmt.Sprintf(format, args...)) }

func flush(k int) {
	fmt.Println(k, log)
	log = log[:0]
}

func seq(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer logf("seq%d done", n)
		for i := range n {
			if !yield(i) {
				logf("seq%d stop %d", n, i)
				return
			}
		}
	}
}

func stubborn(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		for i := range n {
			yield(i)
		}
	}
}

func catching(n int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer func() {
			if p := recover(); p != nil {
				logf("iter caught %v", p)
				panic(p)
			}
		}()
		for i := range n {
			if !yield(i) {
				return
			}
		}
	}
}

func bad(n, at int) iter.Seq2[int, string] {
	return func(yield func(int, string) bool) {
		defer logf("bad done")
		for i := range n {
			if i == at {
				panic(fmt.Sprint("iterator panics at ", i))
			}
			if !yield(i, fmt.Sprint("s", i)) {
				return
			}
		}
	}
}

func run(k int, f func()) {
	defer func() {
		if p := recover(); p != nil {
			logf("run caught %v", p)
		}
		flush(k)
	}()
	f()
}

func main() {`)
	for i := range 20 {
		n, at := g.in(0, 5), g.in(0, 5)
		it := g.pick(fmt.Sprintf("seq(%d)", n), fmt.Sprintf("catching(%d)", n), fmt.Sprintf("stubborn(%d)", n))
		act := g.pick("panic(fmt.Sprint(\"body \", v))", "break", "return", "continue", "goto out")
		switch g.n(6) {
		case 0, 1:
			body := fmt.Sprintf("\t\tfor v := range %s {\n\t\t\tdefer logf(\"body defer %%d\", v)\n\t\t\tif v == %d {\n\t\t\t\t%s\n\t\t\t}\n\t\t\tlogf(\"v%%d\", v)\n\t\t}\n\t\tlogf(\"after loop\")", it, at, act)
			if act == "goto out" {
				body += "\n\tout:\n\t\tlogf(\"out\")"
			}
			g.p("\trun(%d, func() {\n%s\n\t})", i, body)
		case 2:
			g.p("\trun(%d, func() {\n\t\tfor i, s := range bad(%d, %d) {\n\t\t\tdefer logf(\"d%%d\", i)\n\t\t\tlogf(\"%%d=%%s\", i, s)\n\t\t\tif i == %d {\n\t\t\t\tbreak\n\t\t\t}\n\t\t}\n\t})", i, n, at, g.in(0, 5))
		case 3:
			g.p("\trun(%d, func() {\n\tL:\n\t\tfor a := range %s {\n\t\t\tfor b := range %s {\n\t\t\t\tdefer logf(\"d%%d%%d\", a, b)\n\t\t\t\tif a+b == %d {\n\t\t\t\t\t%s\n\t\t\t\t}\n\t\t\t\tif b == %d {\n\t\t\t\t\tcontinue L\n\t\t\t\t}\n\t\t\t\tlogf(\"%%d%%d\", a, b)\n\t\t\t}\n\t\t}\n\t})", i, it, g.pick("seq(3)", "catching(2)", "stubborn(2)"), g.in(0, 5), g.pick("panic(a*10+b)", "break L", "return", "break"), g.in(0, 3))
		case 4:
			g.p("\tfmt.Println(%d, func() (r int) {\n\t\tdefer func() {\n\t\t\tif p := recover(); p != nil {\n\t\t\t\tr = -1\n\t\t\t}\n\t\t\tr *= 10\n\t\t}()\n\t\tfor v := range %s {\n\t\t\tr += v\n\t\t\tif v == %d {\n\t\t\t\treturn r + 100\n\t\t\t}\n\t\t}\n\t\treturn r\n\t}())\n\tflush(%d)", i, it, at, i)
		default:
			g.p("\trun(%d, func() {\n\t\tnext, stop := iter.Pull(%s)\n\t\tdefer stop()\n\t\tfor {\n\t\t\tv, ok := next()\n\t\t\tif !ok || v == %d {\n\t\t\t\tlogf(\"pull end %%v %%v\", v, ok)\n\t\t\t\tbreak\n\t\t\t}\n\t\t\tlogf(\"pulled %%d\", v)\n\t\t}\n\t})", i, g.pick(fmt.Sprintf("seq(%d)", n), fmt.Sprintf("catching(%d)", n)), at)
		}
	}
	g.p("}")
}

// genMapStruct: maps whose values are structs, arrays and slices (read,
// changed through a copy and stored back, op-assigned on missing keys,
// appended to), maps of pointers changed in place, struct and array keys
// built from expressions, nested maps created on demand, and maps printed
// by fmt (sorted keys) after each change.
func genMapStruct(g *gen) {
	g.raw(`package main

import "fmt"

type K struct {
	A string
	B [2]int
}

type V struct {
	N   int
	Tag string
	Arr [2]int
}

func main() {
	ms := map[K]V{}
	ma := map[[2]string][3]int{}
	mp := map[string]*V{}
	msl := map[int][]V{}
	mm := map[string]map[K]int{}
	var mi map[any]int = map[any]int{}`)
	key := func() string {
		return fmt.Sprintf("K{%q, [2]int{%d, %d}}", g.pick("a", "b"), g.in(0, 1), g.in(0, 1))
	}
	akey := func() string { return fmt.Sprintf("[2]string{%q, %q}", g.pick("x", "y"), g.pick("", "z")) }
	for i := range 30 {
		switch g.n(9) {
		case 0:
			g.p("\tms[%s] = V{%d, %q, [2]int{%d}}", key(), g.in(-9, 9), g.pick("p", "q"), g.in(0, 9))
		case 1:
			g.p("\t{\n\t\tv := ms[%s]\n\t\tv.N += %d\n\t\tv.Arr[1]++\n\t\tms[%s] = v\n\t}", key(), g.in(1, 9), key())
		case 2:
			g.p("\t{\n\t\ta := ma[%s]\n\t\ta[%d] += %d\n\t\tma[%s] = a\n\t\tma[%s] = [3]int{ma[%s][2], %d}\n\t}", akey(), g.in(0, 2), g.in(1, 9), akey(), akey(), akey(), g.in(0, 9))
		case 3:
			k := g.pick("p", "q", "r")
			g.p("\tif mp[%q] == nil {\n\t\tmp[%q] = &V{Tag: %q}\n\t}\n\tmp[%q].N += %d\n\tmp[%q].Arr[%d] = len(mp)", k, k, k, k, g.in(1, 9), k, g.in(0, 1))
		case 4:
			k, l := g.in(0, 2), g.in(0, 2)
			g.p("\tmsl[%d] = append(msl[%d], V{N: %d})\n\tif len(msl[%d]) > 0 {\n\t\tmsl[%d][0].Tag += \"s\"\n\t}", k, l, g.in(0, 9), k, k)
		case 5:
			g.p("\tif mm[%q] == nil {\n\t\tmm[%q] = map[K]int{}\n\t}\n\tmm[%q][%s] += %d\n\tmm[%q][%s]++", "m", "m", "m", key(), g.in(1, 9), "m", key())
		case 6:
			g.p("\tmi[%s] += %d\n\tmi[%s]--", g.pick("1", "int8(1)", "\"1\"", key(), akey(), "[2]int{1, 2}", "true", "1.5"), g.in(1, 9), g.pick("1", "int64(1)", "\"1\"", key(), "false"))
		case 7:
			g.p("\t{\n\t\tcopyOf := map[K]V{}\n\t\tfor k, v := range ms {\n\t\t\tv.N *= 2\n\t\t\tk.A += \"!\"\n\t\t\tcopyOf[k] = v\n\t\t}\n\t\tv, ok := ms[%s]\n\t\tdelete(ms, %s)\n\t\tfmt.Println(%d, len(copyOf), copyOf, v, ok, len(ms))\n\t}", key(), key(), i)
		default:
			g.p("\tfmt.Println(%d, ms, ma, len(mp), msl, mm)\n\tfor _, k := range []string{\"p\", \"q\", \"r\"} {\n\t\tif p, ok := mp[k]; ok {\n\t\t\tfmt.Print(*p, \" \")\n\t\t}\n\t}\n\tfmt.Println(len(mi), mi[1], mi[\"1\"])", i)
		}
	}
	g.p("\tfmt.Println(ms, ma, msl, mm, len(mi))\n}")
}

// genSwitchOrder: switch statements whose tag and case expressions are
// calls that log (the tag is evaluated once; cases top to bottom, left to
// right, until one matches), fallthrough chains (also into and out of a
// default placed in the middle), switch with an init statement and no tag,
// break inside a switch inside a loop (leaves the switch) and labelled
// break and continue of the loop, and switches over interface values whose
// cases are constants of several types (1 is int: it does not match
// int8(1)), structs and arrays.
func genSwitchOrder(g *gen) {
	g.raw(`package main

import "fmt"

var trace []string

func t(s string, v int) int {
	trace = append(trace, fmt.Sprint(s, v))
	return v
}

func flush(k int, res string) {
	fmt.Println(k, res, trace)
	trace = trace[:0]
}

type Pt struct{ X, Y int }

func main() {
	res := ""`)
	for i := range 22 {
		tag := g.in(0, 4)
		switch g.n(5) {
		case 0, 1:
			var cs []string
			ncase := g.in(2, 5)
			def := g.n(ncase + 1)
			for c := range ncase {
				if c == def {
					cs = append(cs, "\tdefault:\n\t\tres += \"D\"")
				}
				var vals []string
				for range g.in(1, 2) {
					vals = append(vals, fmt.Sprintf("t(\"c%d\", %d)", c, g.in(0, 4)))
				}
				body := fmt.Sprintf("\t\tres += \"%d\"", c)
				if g.pct(0.3) {
					body += "\n\t\tif res != \"\" {\n\t\t\tbreak\n\t\t}"
				}
				cs = append(cs, fmt.Sprintf("\tcase %s:\n%s", strings.Join(vals, ", "), body))
			}
			if def == ncase {
				cs = append(cs, "\tdefault:\n\t\tres += \"D\"")
			}
			for j := range len(cs) - 1 {
				if g.pct(0.4) {
					cs[j] += "\n\t\tfallthrough"
				}
			}
			g.p("\tres = \"\"\n\tswitch t(\"tag\", %d) {\n%s\n\t}\n\tflush(%d, res)", tag, strings.Join(cs, "\n"), i)
		case 2:
			g.p("\tres = \"\"\n\tswitch x := t(\"init\", %d); {\n\tcase x > t(\"a\", %d):\n\t\tres = \"gt\"\n\t\tfallthrough\n\tcase x == t(\"b\", %d):\n\t\tres += \"eq\"\n\tdefault:\n\t\tres = fmt.Sprint(\"def\", x)\n\t}\n\tflush(%d, res)", tag, g.in(0, 4), g.in(0, 4), i)
		case 3:
			lab := fmt.Sprint("L", i)
			g.p("\tres = \"\"\n%s:\n\tfor k := range %d {\n\t\tswitch {\n\t\tcase k == %d:\n\t\t\tres += \"b\"\n\t\t\tbreak\n\t\tcase k == %d:\n\t\t\tres += \"c\"\n\t\t\tcontinue %s\n\t\tcase k == %d:\n\t\t\tres += \"B\"\n\t\t\tbreak %s\n\t\t}\n\t\tres += fmt.Sprint(k)\n\t}\n\tflush(%d, res)", lab, g.in(0, 6), g.in(0, 5), g.in(0, 5), lab, g.in(0, 6), lab, i)
		default:
			v := g.pick("1", "int8(1)", "uint(1)", "\"1\"", "1.0", "'1'", "Pt{1, 2}", "[2]int{1, 2}", "true", "nil", "float32(1)", "any(1)")
			g.p("\tres = \"\"\n\tswitch v := any(%s); v {\n\tcase 1:\n\t\tres = \"int1\"\n\tcase int8(1), uint(1):\n\t\tres = \"sized1\"\n\tcase \"1\", '1':\n\t\tres = \"str or rune\"\n\tcase 1.0 + 0.5:\n\t\tres = \"1.5\"\n\tcase float32(1):\n\t\tres = \"f32\"\n\tcase Pt{1, 2}, [2]int{1, 2}:\n\t\tres = \"composite\"\n\tcase nil:\n\t\tres = \"nil\"\n\tcase true:\n\t\tres = \"bool\"\n\tdefault:\n\t\tres = fmt.Sprintf(\"other %%T\", v)\n\t}\n\tflush(%d, res)", v, i)
		}
	}
	g.p("}")
}

// genLoopGoto: loops built with goto (one variable for all iterations:
// closures share it) beside for loops (a fresh variable per iteration:
// the body's changes are seen by its closures, the post statement works on
// the next iteration's copy), closures deferred and called later,
// labelled break and continue across nested loops with closures capturing
// both loops' variables, and loops whose body changes the loop variable.
func genLoopGoto(g *gen) {
	g.raw(`package main

import "fmt"

func show(k int, fs []func() int) {
	fmt.Print(k, ":")
	for _, f := range fs {
		fmt.Print(" ", f())
	}
	fmt.Println()
}

func main() {`)
	for i := range 22 {
		n := g.in(0, 5)
		switch g.n(6) {
		case 0:
			g.p("\t{\n\t\tvar fs []func() int\n\t\ti := 0\n\tloop%d:\n\t\tif i < %d {\n\t\t\tfs = append(fs, func() int { return i * 10 })\n\t\t\ti++\n\t\t\tgoto loop%d\n\t\t}\n\t\tshow(%d, fs)\n\t}", i, n, i, i)
		case 1:
			g.p("\t{\n\t\tvar fs []func() int\n\t\tfor i := 0; i < %d; i++ {\n\t\t\tfs = append(fs, func() int { return i })\n\t\t\tif i%%2 == %d {\n\t\t\t\ti++\n\t\t\t\tfs = append(fs, func() int { return -i })\n\t\t\t}\n\t\t}\n\t\tshow(%d, fs)\n\t}", n+2, g.n(2), i)
		case 2:
			g.p("\t{\n\t\tvar fs []func() int\n\tOuter%d:\n\t\tfor i := range %d {\n\t\t\tfor j := i; j < %d; j++ {\n\t\t\t\tfs = append(fs, func() int { return i*10 + j })\n\t\t\t\tif j == %d {\n\t\t\t\t\tcontinue Outer%d\n\t\t\t\t}\n\t\t\t\tif i+j == %d {\n\t\t\t\t\tbreak Outer%d\n\t\t\t\t}\n\t\t\t}\n\t\t}\n\t\tshow(%d, fs)\n\t}", i, n, g.in(1, 5), g.in(0, 4), i, g.in(1, 6), i, i)
		case 3:
			g.p("\tfunc() {\n\t\tvar fs []func() int\n\t\tdefer func() { show(%d, fs) }()\n\t\tfor i := range %d {\n\t\t\tdefer func() { fs = append(fs, func() int { return i + 100 }) }()\n\t\t\tif i == %d {\n\t\t\t\treturn\n\t\t\t}\n\t\t}\n\t}()", i, n, g.in(0, 5))
		case 4:
			g.p("\t{\n\t\tvar fs []func() int\n\t\tvar ps []*int\n\t\tfor i, s := 0, %d; i < %d; i, s = i+1, s+i {\n\t\t\tfs = append(fs, func() int { return s*100 + i })\n\t\t\tps = append(ps, &i)\n\t\t}\n\t\tfor _, p := range ps {\n\t\t\t*p += 1000\n\t\t}\n\t\tshow(%d, fs)\n\t}", g.in(0, 3), n, i)
		default:
			g.p("\t{\n\t\tvar fs []func() int\n\t\tk := 0\n\tagain%d:\n\t\tfor i := range 3 {\n\t\t\tfs = append(fs, func() int { return k*10 + i })\n\t\t}\n\t\tk++\n\t\tif k < %d {\n\t\t\tgoto again%d\n\t\t}\n\t\tshow(%d, fs)\n\t}", i, g.in(1, 3), i, i)
		}
	}
	g.p("}")
}

// genGenTypes: generic types in depth: a generic interface implemented by
// generic structs (and asserted to per instantiation), methods returning
// another instantiation of their own type (Pair[K, V].Swap is Pair[V, K]),
// recursive generic types (a list), generic types embedding other
// instantiated generic types (promoted methods), method values and method
// expressions of instantiated types bound when evaluated, type switches
// over instantiations, generic types with constraint methods called
// through the type parameter, and %T and %v of all of them.
func genGenTypes(g *gen) {
	g.raw(`package main

import (
	"fmt"
	"strconv"
)

type Getter[T any] interface{ Get() T }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T       { return b.v }
func (b *Box[T]) Set(v T)     { b.v = v }
func (b Box[T]) With(v T) Box[T] { b.v = v; return b }

type Pair[K, V comparable] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[V, K] { return Pair[V, K]{p.Val, p.Key} }

type List[T any] struct {
	head T
	next *List[T]
}

func (l *List[T]) Push(v T) *List[T] { return &List[T]{v, l} }

func (l *List[T]) Each(f func(T)) {
	for ; l != nil; l = l.next {
		f(l.head)
	}
}

func (l *List[T]) Len() int {
	if l == nil {
		return 0
	}
	return 1 + l.next.Len()
}

type Stringish interface{ String() string }

type ID int

func (i ID) String() string { return "id" + strconv.Itoa(int(i)) }

type Named[T Stringish] struct {
	Box[T]
	label string
}

func (n Named[T]) Show() string { return n.label + "=" + n.Get().String() }

type Counter[T ~int | ~int64] struct{ total T }

func (c *Counter[T]) Add(v T) T { c.total += v; return c.total }

func describe[T any](g Getter[T]) string { return fmt.Sprintf("%T:%v", g, g.Get()) }

func kind(v any) string {
	switch x := v.(type) {
	case Box[int]:
		return fmt.Sprint("Box[int] ", x.v)
	case *Box[int]:
		return fmt.Sprint("*Box[int] ", x.v)
	case Box[string]:
		return "Box[string] " + x.v
	case Getter[int]:
		return fmt.Sprintf("Getter[int] %T", x)
	case Getter[ID]:
		return fmt.Sprintf("Getter[ID] %T", x)
	case Pair[string, int], Pair[int, string]:
		return fmt.Sprintf("pair %v", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {`)
	vals := []string{fmt.Sprint(g.in(-9, 9)), fmt.Sprintf("%q", g.pick("a", "bc", "")), fmt.Sprintf("ID(%d)", g.in(0, 9)), "1.5", "[2]int{1, 2}"}
	for i := range 24 {
		v := g.pick(vals...)
		switch g.n(8) {
		case 0:
			g.p("\t{\n\t\tb := Box[%s]{%s}\n\t\tget := b.Get\n\t\tset := b.Set\n\t\tb.v = b.With(%s).v\n\t\tset(%s)\n\t\tfmt.Printf(\"%d %%T %%v %%v %%v\\n\", b, b, get(), b.Get())\n\t}", typeOf(v), v, v, v, i)
		case 1:
			g.p("\t{\n\t\tp := Pair[string, %s]{%q, %s}\n\t\tq := p.Swap()\n\t\tr := q.Swap()\n\t\tfmt.Printf(\"%d %%T %%v %%T %%v %%v\\n\", q, q, r, r, r == p)\n\t}", typeOf(v), g.pick("k", "key"), v, i)
		case 2:
			g.p("\t{\n\t\tvar l *List[%s]\n\t\tfor range %d {\n\t\t\tl = l.Push(%s)\n\t\t}\n\t\tl.Each(func(v %s) { fmt.Print(v, \",\") })\n\t\tfmt.Println(%d, l.Len())\n\t}", typeOf(v), g.in(0, 4), v, typeOf(v), i)
		case 3:
			g.p("\t{\n\t\tn := Named[ID]{Box[ID]{%d}, %q}\n\t\tvar g Getter[ID] = n\n\t\tn.Set(%d)\n\t\tfmt.Println(%d, n.Show(), g.Get(), describe(g), describe[ID](&n))\n\t}", g.in(0, 9), g.pick("x", "y"), g.in(0, 9), i)
		case 4:
			ct := g.pick("int", "int64", "ID")
			g.p("\t{\n\t\tvar c Counter[%s]\n\t\tadd := c.Add\n\t\tfor k := range %d {\n\t\t\tadd(%s(k))\n\t\t}\n\t\tf := (*Counter[%s]).Add\n\t\tf(&c, 100)\n\t\tfmt.Printf(\"%d %%T %%v\\n\", c, c)\n\t}", ct, g.in(0, 5), ct, ct, i)
		case 5:
			g.p("\tfmt.Println(%d, kind(%s), kind(%s))", i, g.pick("Box[int]{3}", "&Box[int]{4}", "Box[string]{\"s\"}", "Box[ID]{5}", "Named[ID]{}", "Pair[string, int]{\"a\", 1}", "Pair[int, string]{1, \"a\"}", "Pair[ID, int]{}"), g.pick("Box[int]{3}", "&Box[ID]{4}", "List[int]{}", "Counter[int]{2}", "Pair[string, int]{\"a\", 1}.Swap()"))
		case 6:
			g.p("\t{\n\t\tgs := []Getter[%s]{Box[%s]{%s}, &Box[%s]{}}\n\t\tfor _, x := range gs {\n\t\t\tfmt.Print(describe(x), \" \")\n\t\t}\n\t\tbs := map[Box[%s]]int{{%s}: 1}\n\t\tbs[Box[%s]{%s}]++\n\t\tfmt.Println(%d, len(bs))\n\t}", typeOf(v), typeOf(v), v, typeOf(v), typeOf(v), v, typeOf(v), v, i)
		default:
			g.p("\t{\n\t\tget := Box[%s].Get\n\t\tb := Box[%s]{%s}\n\t\tm := b.Get\n\t\tb.v = *new(%s)\n\t\tfmt.Printf(\"%d %%v %%v %%T\\n\", get(b), m(), get)\n\t}", typeOf(v), typeOf(v), v, typeOf(v), i)
		}
	}
	g.p("}")
}

// typeOf returns the type of a literal written by genGenTypes.
func typeOf(v string) string {
	switch {
	case strings.HasPrefix(v, "\""):
		return "string"
	case strings.HasPrefix(v, "ID("):
		return "ID"
	case v == "1.5":
		return "float64"
	case strings.HasPrefix(v, "[2]int"):
		return "[2]int"
	}
	return "int"
}

// genFloatSpecial: NaN, infinities and negative zero where Go's rules are
// particular: NaN is unequal to itself (also inside arrays, structs and
// interfaces, and as a switch tag), every NaN key is a new map entry (found
// by no lookup, removed by clear only), +0 and -0 are one map key, min and
// max propagate NaN and order -0 below +0, float32 conversions that
// overflow to infinity, float-to-int conversions truncating toward zero,
// and the sorting helpers' order of NaNs.
func genFloatSpecial(g *gen) {
	g.raw(`package main

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
)

type F struct {
	A float64
	B [2]float32
}

var _, _, _ = cmp.Compare[int], sort.Float64s, slices.Max[[]int]

func main() {
	nan, inf := math.NaN(), math.Inf(1)
	negz := math.Copysign(0, -1)
	var f32big float64 = 1e39
	_, _, _, _ = nan, inf, negz, f32big`)
	fv := []string{"nan", "inf", "-inf", "negz", "0.0", "1.5", "-2.5", "f32big", "math.MaxFloat64", "math.SmallestNonzeroFloat64"}
	x := func() string { return g.pick(fv...) }
	for i := range 24 {
		switch g.n(9) {
		case 0:
			a, b := x(), x()
			g.p("\t{\n\t\ta, b := %s, %s\n\t\tfmt.Println(%d, a == b, a < b, a != b, a+b, a*b, a-b, a/b)\n\t}", a, b, i)
		case 1:
			a := x()
			g.p("\t{\n\t\ta := %s\n\t\tarr := [2]float64{a, 1}\n\t\tf := F{A: a}\n\t\tvar e any = a\n\t\tfmt.Println(%d, arr == arr, f == f, e == e, e == any(a), [1]any{a} == [1]any{a})\n\t}", a, i)
		case 2:
			g.p("\t{\n\t\tm := map[float64]int{}\n\t\tfor k, v := range []float64{%s, %s, %s, %s} {\n\t\t\tm[v] += k + 1\n\t\t}\n\t\t_, ok := m[nan]\n\t\tdelete(m, nan)\n\t\tn := len(m)\n\t\tvar ks, vs []float64\n\t\tfor k, v := range m {\n\t\t\tks, vs = append(ks, k), append(vs, float64(v))\n\t\t}\n\t\tslices.Sort(ks)\n\t\tslices.Sort(vs)\n\t\tfmt.Println(%d, ks, vs, ok, n, m[0], m[negz])\n\t\tclear(m)\n\t\tfmt.Println(len(m))\n\t}", x(), x(), x(), x(), i)
		case 3:
			a, b := x(), x()
			g.p("\t{\n\t\ta, b := %s, %s\n\t\tfmt.Println(%d, min(a, b), max(a, b), min(a, b, 1), max(negz, 0), min(0, negz), 1/min(negz, 0), 1/max(negz, 0))\n\t}", a, b, i)
		case 4:
			a := x()
			g.p("\t{\n\t\ta := %s\n\t\tf := float32(a)\n\t\tfmt.Println(%d, f, float64(f) == a, math.IsInf(float64(f), 0), math.Signbit(a), math.Float64bits(a)>>52)\n\t}", a, i)
		case 5:
			v := fmt.Sprintf("%d.%d", g.in(-99, 99), g.in(0, 99))
			g.p("\t{\n\t\tv := %s\n\t\tfmt.Println(%d, int(v), int8(v/4), uint8(math.Abs(v)), int64(-v), int32(v*1000), uint(math.Abs(v)*3))\n\t}", v, i)
		case 6:
			g.p("\t{\n\t\ts := []float64{%s, %s, %s, %s, %s}\n\t\tt := slices.Clone(s)\n\t\tsort.Float64s(s)\n\t\tslices.SortFunc(t, cmp.Compare[float64])\n\t\tfmt.Println(%d, s, t, slices.Max(t), slices.Min(t), slices.Index(t, nan), cmp.Compare(nan, 0))\n\t}", x(), x(), x(), x(), x(), i)
		case 7:
			g.p("\t{\n\t\tv := %s\n\t\tres := \"none\"\n\t\tswitch v {\n\t\tcase 0:\n\t\t\tres = \"zero\"\n\t\tcase math.Inf(1):\n\t\t\tres = \"inf\"\n\t\tcase 1.5, -2.5:\n\t\t\tres = \"num\"\n\t\t}\n\t\tfmt.Printf(\"%d %%v %%.2f %%e %%g %%5.1f %%x\\n\", res, v, v, v, v, v)\n\t}", x(), i)
		default:
			g.p("\t{\n\t\tc := complex(%s, %s)\n\t\td := complex(%s, 0)\n\t\tfmt.Println(%d, c, c == c, c*d, c/d, real(c/d), -c)\n\t}", x(), x(), x(), i)
		}
	}
	g.p("}")
}

// genStrTypes: conversions among strings, byte and rune slices and named
// types of them (type Str string, type Bytes []byte, type Runes []rune),
// string(rune) of invalid code points (surrogates, negative, beyond
// U+10FFFF give U+FFFD), []rune of invalid UTF-8 (one U+FFFD per bad byte),
// indexing and slicing in the middle of a multi-byte rune, ranging over
// named string types and slices of them, byte and rune arithmetic, and
// comparisons of strings with non-ASCII bytes.
func genStrTypes(g *gen) {
	g.raw(`package main

import (
	"fmt"
	"unicode/utf8"
)

type Str string
type Bytes []byte
type Runes []rune
type B byte
type R rune

func (s Str) Len() int { return utf8.RuneCountInString(string(s)) }

func main() {`)
	strs := []string{"héllo", "日本語", "a\xffb", "\xe6\x97", "€x", "", "ab", "\U0001F600!", "ß", "Z\u0301"}
	str := func() string { return fmt.Sprintf("%q", g.pick(strs...)) }
	cps := []string{"-1", "0xD800", "0xDFFF", "0x10FFFF", "0x110000", "65", "233", "0x1F600", "0", "0xFFFD"}
	for i := range 24 {
		switch g.n(8) {
		case 0:
			g.p("\t{\n\t\tcp := %s\n\t\tr := rune(cp)\n\t\ts := string(r)\n\t\tfmt.Printf(\"%d %%q %%d %%v %%q %%U\\n\", s, len(s), utf8.ValidRune(r), string(R(cp)), r)\n\t}", g.pick(cps...), i)
		case 1:
			g.p("\t{\n\t\ts := Str(%s)\n\t\trs := Runes(s)\n\t\tbs := Bytes(s)\n\t\tfmt.Println(%d, len(s), s.Len(), len(rs), len(bs), string(rs) == string(s), Str(bs) == s, []rune(string(bs)))\n\t}", str(), i)
		case 2:
			a := g.in(0, 3)
			g.p("\t{\n\t\ts := %s\n\t\tif len(s) > %d {\n\t\t\tfmt.Printf(\"%d %%q %%q %%d %%c\\n\", s[%d:], s[:%d], s[%d], s[%d])\n\t\t\tfor i, r := range s[%d:] {\n\t\t\t\tfmt.Print(i, \":\", r, \" \")\n\t\t\t}\n\t\t}\n\t\tfmt.Println(%d)\n\t}", str(), a, i, a, a, a, a, a, i)
		case 3:
			g.p("\t{\n\t\tbs := []byte(%s)\n\t\tb2 := bs\n\t\ts := string(bs)\n\t\tif len(bs) > 0 {\n\t\t\tbs[0]++\n\t\t}\n\t\tbs = append(bs, %s...)\n\t\tfmt.Printf(\"%d %%q %%q %%q %%v\\n\", s, b2, bs, utf8.Valid(bs))\n\t}", str(), str(), i)
		case 4:
			g.p("\t{\n\t\tfor i, r := range Str(%s) {\n\t\t\tfmt.Print(i, \" \", R(r)+1, \" \", B(r), \" \")\n\t\t}\n\t\tfor i, b := range Bytes(%s) {\n\t\t\tfmt.Print(i, \"=\", b, \" \")\n\t\t}\n\t\tfmt.Println(%d)\n\t}", str(), str(), i)
		case 5:
			g.p("\t{\n\t\trs := []rune{%s, %s, %s}\n\t\ts := string(rs)\n\t\tbs := []byte(s)\n\t\tfmt.Printf(\"%d %%q %%d %%v %%x\\n\", s, len(s), []rune(s), bs)\n\t}", g.pick(cps...), g.pick(cps...), g.pick(cps...), i)
		case 6:
			a, b := str(), str()
			g.p("\tfmt.Println(%d, %s < %s, Str(%s) > Str(%s), %s+%s == Str(%s+%s), string(Runes(%s)) + string(Bytes(%s)))", i, a, b, a, b, a, b, a, b, a, b)
		default:
			g.p("\t{\n\t\tvar b byte = %d\n\t\tvar r rune = %d\n\t\tb += %d\n\t\tr -= %d\n\t\tc := 'a' + b%%26\n\t\tfmt.Printf(\"%d %%v %%v %%T %%c %%q %%q\\n\", b, r, c, c, string(rune(b)), string(r))\n\t}", g.in(0, 255), g.in(0, 0x10FFFF), g.in(0, 255), g.in(0, 1000), i)
		}
	}
	g.p("}")
}

// genGenAssert: type assertions and type switches whose target is a type
// parameter (v.(T), switch any(x).(type) with case T), instantiated with
// named types and their underlying types (ID and int are different
// types), interfaces (the program's and compiled ones), pointers and
// composite types; zero values and %T of type parameters; conversions
// between type parameters of one core type; and maps and slices keyed
// and typed by them.
func genGenAssert(g *gen) {
	g.raw(`package main

import (
	"errors"
	"fmt"
)

type ID int
type Name string
type IDs []ID

type Shower interface{ Show() string }

func (i ID) Show() string   { return fmt.Sprint("#", int(i)) }
func (n *Name) Show() string { return "name:" + string(*n) }

type Getter[T any] interface{ Get() T }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func As[T any](v any) (T, bool) {
	t, ok := v.(T)
	return t, ok
}

func Which[T any](v any) string {
	switch x := v.(type) {
	case T:
		return fmt.Sprintf("T=%T", x)
	case []T:
		return fmt.Sprintf("[]T len %d", len(x))
	case map[string]T:
		return "map of T"
	case func() T:
		return "func returning T"
	case Getter[T]:
		return fmt.Sprintf("Getter[T] %v", x.Get())
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("not T: %T", x)
	}
}

func Zero[T any]() string {
	var z T
	return fmt.Sprintf("%T %v", z, z)
}

func Conv[T, U ~int | ~int64 | ~float64](t T) U { return U(t) }

func Count[K comparable](ks ...K) map[K]int {
	m := map[K]int{}
	for _, k := range ks {
		m[k]++
	}
	return m
}

var _ = errors.New

func main() {`)
	types := []string{"int", "ID", "string", "Name", "*Name", "Shower", "error", "fmt.Stringer", "any", "[]int", "IDs", "[]ID", "Box[ID]", "Box[int]", "Getter[int]", "Getter[ID]", "func() int", "int64"}
	vals := []string{"1", "ID(2)", "\"s\"", "Name(\"n\")", "new(Name)", "ID(3)", "errors.New(\"e\")", "[]int{1}", "IDs{4}", "[]ID{5}", "Box[ID]{6}", "Box[int]{7}", "map[string]ID{}", "func() ID { return 8 }", "func() int { return 9 }", "nil", "int64(10)", "&Box[ID]{11}"}
	for i := range 26 {
		t, v := g.pick(types...), g.pick(vals...)
		switch g.n(6) {
		case 0, 1:
			g.p("\t{\n\t\tx, ok := As[%s](%s)\n\t\tfmt.Printf(\"%d %%T %%v\\n\", x, ok)\n\t}", t, v, i)
		case 2:
			g.p("\tfmt.Println(%d, Which[%s](%s), Which[%s](%s))", i, t, v, g.pick(types...), g.pick(vals...))
		case 3:
			g.p("\tfmt.Println(%d, Zero[%s](), Zero[%s]())", i, t, g.pick(types...))
		case 4:
			a, b := g.pick("int", "ID", "int64", "float64"), g.pick("int", "ID", "int64", "float64")
			g.p("\t{\n\t\tu := Conv[%s, %s](%d)\n\t\tfmt.Printf(\"%d %%T %%v %%v\\n\", u, u, any(u) == any(%s(%d)))\n\t}", a, b, g.in(-9, 9), i, b, g.in(-9, 9))
		default:
			g.p("\t{\n\t\tm := Count[any](%s, %s, %s, %s)\n\t\tn := Count(ID(1), ID(1), 2)\n\t\tfmt.Printf(\"%d %%d %%T %%v\\n\", len(m), n, n)\n\t}", g.pick("1", "ID(1)", "int64(1)", "\"1\"", "Name(\"1\")"), g.pick("1", "ID(1)", "int64(1)", "\"1\"", "Name(\"1\")"), g.pick("1", "ID(1)", "Box[ID]{1}", "Box[int]{1}"), g.pick("[2]ID{}", "[2]int{}", "ID(1)"), i)
		}
	}
	g.p("}")
}
