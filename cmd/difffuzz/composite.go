package main

import (
	"fmt"
	"strings"
)

// genArrays: arrays of arrays and structs of arrays copied (assignment,
// calls, range, conversion from slices) and compared with ==, multi-
// dimensional slices sharing rows, and copy and append between overlapping
// parts of one slice.
func genArrays(g *gen) {
	g.lit(`package main

import "fmt"

type Grid [3][2]int8

type Cell struct {
	Pos  [2]int
	Tags [2]string
}

type Board struct {
	Cells [2]Cell
	Rows  Grid
	Name  string
}

func bump(b Board) Board {
	b.Rows[0][0]++
	b.Cells[1].Pos[1] = 9
	return b
}

func bumpP(b *Board) {
	b.Rows[2][1]--
	b.Cells[0].Tags[0] += "!"
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

func main() {
	var b0 Board
	b0.Name = "b0"`)
	small := func() string { return fmt.Sprint(g.in(-3, 3)) }
	grid := func() string {
		return fmt.Sprintf("Grid{{%s, %s}, {%s, %s}, {%s, %s}}", small(), small(), small(), small(), small(), small())
	}
	for i := range 26 {
		switch g.n(14) {
		case 0:
			g.p("\t{\n\t\ta := %s\n\t\tb := a\n\t\tb[%d][%d] = %s\n\t\tfmt.Println(%d, a == b, a != b, a, b, a[%d] == b[%d])\n\t}", grid(), g.n(3), g.n(2), small(), i, g.n(3), g.n(3))
		case 1:
			g.p("\t{\n\t\tb := Board{Cells: [2]Cell{{Pos: [2]int{%s, %s}}, {Tags: [2]string{%q, \"\"}}}, Rows: %s, Name: %q}\n\t\tc := bump(b)\n\t\tbumpP(&b)\n\t\tfmt.Println(%d, b == c, b.Rows == c.Rows, b.Cells[0] == c.Cells[0], b, c)\n\t}", small(), small(), g.pick("t", "u"), grid(), g.pick("x", "y"), i)
		case 2:
			g.p("\t{\n\t\tarr := [4]int{%s, %s, %s, %s}\n\t\tfor i, v := range arr {\n\t\t\tif i < 3 {\n\t\t\t\tarr[i+1] += v * 10\n\t\t\t}\n\t\t\tfmt.Print(v, \" \")\n\t\t}\n\t\tfmt.Println(%d, arr)\n\t}", small(), small(), small(), small(), i)
		case 3:
			g.p("\t{\n\t\tarr := [4]int{%s, %s, %s, %s}\n\t\tfor i, v := range &arr {\n\t\t\tif i < 3 {\n\t\t\t\tarr[i+1] += v * 10\n\t\t\t}\n\t\t\tfmt.Print(v, \" \")\n\t\t}\n\t\tfmt.Println(%d, arr)\n\t}", small(), small(), small(), small(), i)
		case 4:
			r, c := g.in(1, 4), g.in(1, 4)
			g.p("\t{\n\t\tm := make([][]int, %d)\n\t\tfor i := range m {\n\t\t\tm[i] = make([]int, %d)\n\t\t\tfor j := range m[i] {\n\t\t\t\tm[i][j] = i*10 + j\n\t\t\t}\n\t\t}\n\t\tm[%d] = m[0]\n\t\tm[0][%d] = -1\n\t\tm = append(m, m[%d][:1])\n\t\tm[len(m)-1] = append(m[len(m)-1], 77)\n\t\tfmt.Println(%d, m, len(m[0]), cap(m[len(m)-1]) >= 2)\n\t}", r, c, g.n(r), g.n(c), g.n(r), i)
		case 5:
			n := g.in(3, 10)
			a, b := g.in(0, n), g.in(0, n)
			c := g.in(b, n)
			g.p("\t{\n\t\ts := seq(%d)\n\t\tk := copy(s[%d:], s[%d:%d])\n\t\tfmt.Println(%d, k, s)\n\t}", n, a, b, c, i)
		case 6:
			n := g.in(3, 8)
			a := g.in(0, n)
			b := g.in(a, n)
			g.p("\t{\n\t\ts := seq(%d)\n\t\tt := append(s[:%d], s[%d:]...)\n\t\tfmt.Println(%d, t, s, len(t), cap(t) == cap(s))\n\t}", n, a, b, i)
		case 7:
			n := g.in(2, 6)
			a := g.in(0, n)
			g.p("\t{\n\t\ts := make([]int, %d, %d)\n\t\tfor i := range s {\n\t\t\ts[i] = i + 1\n\t\t}\n\t\tt := append(s[:%d], s...)\n\t\tu := append(s[%d:%d], %s)\n\t\tfmt.Println(%d, s, t, u, len(t), len(u))\n\t}", n, n+g.in(0, 6), a, g.in(0, a), a, small(), i)
		case 8:
			g.p("\t{\n\t\ts := []int{%s}\n\t\tif len(s) >= 3 {\n\t\t\ta := [3]int(s)\n\t\t\tp := (*[2]int)(s)\n\t\t\ts[0] = 100\n\t\t\tp[1] = 200\n\t\t\tfmt.Println(%d, a, *p, s, len(p))\n\t\t}\n\t}", g.ints(g.in(2, 5), -3, 3), i)
		case 9:
			g.p("\t{\n\t\tx := [2]any{%s, %s}\n\t\ty := [2]any{%s, %s}\n\t\tfmt.Println(%d, x == y, any(x) == any(y), x)\n\t}", g.pick("1", `"a"`, "int8(1)", "[2]int{}", "Cell{}", "nil"), g.pick("1", `"a"`, "nil"), g.pick("1", `"a"`, "int8(1)", "[2]int{}", "Cell{}", "nil"), g.pick("1", `"a"`, "nil"), i)
		case 10:
			g.p("\t{\n\t\tgs := []Grid{%s, %s}\n\t\tp := &gs[0]\n\t\tp[1][1] = %s\n\t\tg := gs[1]\n\t\tgs[1][0] = p[1]\n\t\tfmt.Println(%d, gs, g, len(p), len(p[0]), gs[0] == *p)\n\t}", grid(), grid(), small(), i)
		case 11:
			g.p("\t{\n\t\tm := map[string][2]Cell{}\n\t\tv := m[\"a\"]\n\t\tv[1].Pos[0] = %s\n\t\tm[\"a\"] = v\n\t\tv[0].Tags[1] = %q\n\t\tfmt.Println(%d, m, v == m[\"a\"], m[\"b\"] == [2]Cell{})\n\t}", small(), g.pick("p", "q"), i)
		case 12:
			first := g.pick("1", "2", `"a"`, "Cell{}")
			g.p("\tfunc() {\n\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n\t\t\t\tfmt.Println(%d, \"panic:\", r)\n\t\t\t}\n\t\t}()\n\t\tx := [3]any{1, %s, 3}\n\t\ty := [3]any{%s, %s, 3}\n\t\ttype S struct {\n\t\t\tA any\n\t\t\tB any\n\t\t}\n\t\tfmt.Println(%d, x[0] == y[0], S{x[0], x[1]} == S{y[0], y[1]})\n\t\tfmt.Println(%d, x == y)\n\t}()", i, g.pick("[]int{1}", "map[int]int{}", "2", "func() {}"), first, g.pick("[]int{1}", "2", "map[int]int{}"), i, i)
		default:
			g.p("\tb0.Rows[%d][%d] += %s\n\tb0.Cells[%d].Pos[%d] -= %s\n\t{\n\t\tsnap := b0\n\t\tb0.Name += \"'\"\n\t\tfmt.Println(%d, snap == b0, snap.Rows == b0.Rows, b0)\n\t}", g.n(3), g.n(2), small(), g.n(2), g.n(2), small(), i)
		}
	}
	g.p("}")
}

// genMapKeys: maps keyed by structs, arrays, interfaces (of several dynamic
// types: 1 and int8(1) and MyInt(1) are different keys; an unhashable
// dynamic type panics), floats (+0 and -0 are one key) and anonymous
// structs, printed sorted (fmt sorts map keys; keys of several dynamic
// types are printed through a sorted list of their %T=%v).
func genMapKeys(g *gen) {
	g.lit(`package main

import (
	"fmt"
	"math"
	"slices"
)

type P struct{ X, Y int }

type MyInt int

type K struct {
	A [2]int
	I any
	S string
}

func show(m map[any]string) []string {
	var out []string
	for k, v := range m {
		out = append(out, fmt.Sprintf("%T=%v:%s", k, k, v))
	}
	slices.Sort(out)
	return out
}

func try(i int, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(i, "panic:", r)
		}
	}()
	f()
}

func main() {
	mp := map[P]int{}
	ma := map[[2]string]int{}
	mi := map[any]string{}
	mk := map[K]int{}
	_ = math.Pi`)
	ikeys := []string{"1", "int8(1)", "MyInt(1)", `"1"`, "1.0", "P{1, 2}", "[2]int{1, 2}", "true", "K{}", "[2]any{1, nil}", "uint(1)", "nil", "any(nil)", "P{}", "'1'", "complex(1, 0)", "struct{}{}"}
	bad := []string{"[]int{1}", "map[int]int{}", "func() {}", "[1][]int{}", "K{I: []int{}}", "[2]any{1, []int{}}"}
	for i := range 24 {
		a, b := g.in(-2, 2), g.in(-2, 2)
		switch g.n(10) {
		case 0:
			g.p("\tmp[P{%d, %d}] += %d\n\tdelete(mp, P{%d, %d})\n\tfmt.Println(%d, mp, len(mp), mp[P{%d, %d}])", a, b, g.in(1, 9), g.in(-2, 2), g.in(-2, 2), i, a, g.in(-2, 2))
		case 1:
			g.p("\tma[[2]string{%q, %q}] = %d\n\tfmt.Println(%d, ma, len(ma))", g.pick("a", "b", ""), g.pick("a", "b", ""), g.in(0, 9), i)
		case 2:
			ks := g.sample(ikeys, g.in(1, 5))
			for j, k := range ks {
				g.p("\tmi[%s] = \"v%d_%d\"", k, i, j)
			}
			g.p("\tfmt.Println(%d, len(mi), show(mi))", i)
		case 3:
			k := g.pick(ikeys...)
			g.p("\t{\n\t\tv, ok := mi[%s]\n\t\tfmt.Printf(\"%d %%q %%v\\n\", v, ok)\n\t}", k, i)
		case 4:
			g.p("\ttry(%d, func() {\n\t\tmi[%s] = \"bad\"\n\t\tfmt.Println(\"unreached\")\n\t})", i, g.pick(bad...))
		case 5:
			g.p("\ttry(%d, func() {\n\t\t_, ok := mi[%s]\n\t\tfmt.Println(%d, ok)\n\t})", i, g.pick(bad...), i)
		case 6:
			g.p("\tmk[K{A: [2]int{%d, %d}, I: %s, S: %q}]++\n\tfmt.Println(%d, len(mk), mk[K{A: [2]int{%d, %d}, I: %s}])", a, b, g.pick("1", `"x"`, "P{1, 2}", "nil", "MyInt(1)"), g.pick("", "s"), i, a, b, g.pick("1", `"x"`, "P{1, 2}", "nil", "MyInt(1)"))
		case 7:
			g.p("\t{\n\t\tmf := map[float64]int{}\n\t\tmf[0.0]++\n\t\tmf[math.Copysign(0, -1)]++\n\t\tmf[math.NaN()]++\n\t\tmf[math.NaN()]++\n\t\tmf[%d.5]++\n\t\t_, ok := mf[math.NaN()]\n\t\tfmt.Println(%d, len(mf), mf[0], ok)\n\t\tdelete(mf, math.NaN())\n\t\tfmt.Println(len(mf))\n\t\tclear(mf)\n\t\tfmt.Println(len(mf))\n\t}", a, i)
		case 8:
			g.p("\t{\n\t\tm := map[struct {\n\t\t\tn int\n\t\t\ts string\n\t\t}]int{}\n\t\tm[struct {\n\t\t\tn int\n\t\t\ts string\n\t\t}{%d, %q}] = %d\n\t\tm[struct {\n\t\t\tn int\n\t\t\ts string\n\t\t}{%d, %q}]++\n\t\tfmt.Println(%d, m, len(m))\n\t}", a, g.pick("a", "b"), b, g.in(-2, 2), g.pick("a", "b"), i)
		default:
			g.p("\t{\n\t\tmm := map[P]map[[2]int]string{}\n\t\tfor i := range %d {\n\t\t\tk := P{i %% 2, %d}\n\t\t\tif mm[k] == nil {\n\t\t\t\tmm[k] = map[[2]int]string{}\n\t\t\t}\n\t\t\tmm[k][[2]int{i, i %% 3}] += fmt.Sprint(i)\n\t\t}\n\t\tfmt.Println(%d, mm)\n\t}", g.in(0, 6), a, i)
		}
	}
	g.p("\tfmt.Println(mp, ma, len(mi), len(mk))\n}")
}

// genFmtNest: fmt verbs (%v %+v %#v %T %q %x %X %d %s %5v %-8q) on nested
// composite values (structs in structs, slices and maps of structs,
// arrays, named types, Stringers and errors in exported and unexported
// fields, pointers to structs at the top level, any holding composites),
// including the %!verb(type=value) forms of mismatched verbs.
func genFmtNest(g *gen) {
	g.lit(`package main

import "fmt"

type Msg struct{ s string }

func (m Msg) Error() string { return "msg " + m.s }

type Inner struct {
	N    int
	S    string
	B    []byte
	hide float64
}

type Outer struct {
	In   Inner
	Arr  [2]Inner
	M    map[string]int
	Any  any
	Err  error
	name string
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°", float64(t)) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type WithStr struct {
	T    Temp
	t    Temp
	C    Code
	Tags []string
}

type Names []string

type Matrix [2][2]uint8

func main() {`)
	vals := []string{
		`Inner{1, "a", []byte("hi"), 0.5}`, `Inner{}`, `Outer{}`,
		`Outer{In: Inner{N: -2, S: "q\"x"}, Arr: [2]Inner{{N: 1}, {S: "é"}}, M: map[string]int{"b": 2, "a": 1}, Any: Inner{N: 3}, Err: Msg{"boom"}, name: "o"}`,
		`Outer{Any: []any{1, "x", nil, Temp(2)}, Err: Code(4), M: map[string]int{}}`,
		`WithStr{T: 21.5, t: 3, C: 7, Tags: []string{"x", "y z"}}`, `WithStr{}`,
		`[]Inner{{N: 1}, {N: 2, S: "s"}}`, `map[string]Inner{"k": {N: 5}, "a": {}}`, `map[Temp][]int{1.5: {1}, -2: nil}`,
		`Names{"ann", "bo\t"}`, `Names(nil)`, `Matrix{{1, 255}, {16, 0}}`, `[]any{nil, 1.5, "s", []byte("b"), Code(1), struct{}{}}`,
		`struct {
			A int
			b []string
		}{3, []string{"p"}}`, `[]string{"a", "", "é\n"}`, `[]byte("\x00\xffz")`, `map[string]any{"x": []int{1}, "y": map[string]int{"z": 1}}`,
		`[3]Temp{1, 2.25, -3}`, `[]error{Code(2), nil, Msg{"e"}}`, `Temp(36.6)`, `Code(9)`, `any(Inner{S: "in any"})`,
		`[][]int{{1, 2}, nil, {}}`, `[]*int(nil)`, `map[int]string(nil)`, `uint8(200)`, `"plain"`, `'x'`, `3.0`, `complex(1, -2)`, `[]float32{0.1, 1e21}`,
	}
	ptrs := []string{`&Inner{N: 4, S: "p"}`, `&Outer{name: "n", M: map[string]int{"k": 1}}`, `&WithStr{T: 1, C: 2}`, `&[2]int{1, 2}`, `&[]string{"a"}`, `&map[string]int{"a": 1}`}
	verbs := []string{"%v", "%+v", "%#v", "%T", "%q", "%x", "%X", "%d", "%s", "%5v", "%-8q|", "% x", "%#x", "%08.3f", "%t", "%6.2v", "%+q", "%#q"}
	ptrVerbs := []string{"%v", "%+v", "%T", "%s", "%d", "%q"}
	for i := range 30 {
		if g.pct(0.15) {
			g.p("\tfmt.Printf(\"%d %s\\n\", %s)", i, g.pick(ptrVerbs...), g.pick(ptrs...))
			continue
		}
		v := g.pick(vals...)
		if g.pct(0.3) {
			g.p("\tfmt.Println(%d, %s)", i, v)
			continue
		}
		vs := g.sample(verbs, g.in(1, 3))
		var args []string
		for range vs {
			args = append(args, v)
		}
		g.p("\tfmt.Printf(\"%d %s\\n\", %s)", i, strings.Join(vs, " "), strings.Join(args, ", "))
	}
	g.p("\tfmt.Println(fmt.Sprint(Temp(1), Code(2), \"x\", 3, 4, \"y\"), fmt.Sprintln(Names{}, Inner{}))\n}")
}

// genInterop: the program's types in the hands of compiled code: sort.Sort
// and container/heap over its sort.Interface types, slices and maps
// helpers with its element types and comparison funcs, errors.Is and As
// along %w chains of its error types (value and pointer receivers,
// custom Is and Unwrap), io.Reader and io.Writer implementations consumed
// and fed by io, bufio and fmt, fmt.Stringer and fmt.Formatter values in
// compiled containers, and compiled values (time.Duration, big.Int,
// strings.Builder) inside its own types.
func genInterop(g *gen) {
	g.lit(`package main

import (
	"bufio"
	"container/heap"
	"container/list"
	"errors"
	"fmt"
	"io"
	"maps"
	"math/big"
	"slices"
	"sort"
	"strings"
	"time"
)

type Item struct {
	Name string
	Pri  int
}

func (it Item) String() string { return fmt.Sprintf("%s/%d", it.Name, it.Pri) }

type ByPri []Item

func (b ByPri) Len() int           { return len(b) }
func (b ByPri) Less(i, j int) bool { return b[i].Pri < b[j].Pri || b[i].Pri == b[j].Pri && b[i].Name < b[j].Name }
func (b ByPri) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

type PQ []*Item

func (q PQ) Len() int           { return len(q) }
func (q PQ) Less(i, j int) bool { return q[i].Pri > q[j].Pri || q[i].Pri == q[j].Pri && q[i].Name < q[j].Name }
func (q PQ) Swap(i, j int)      { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)        { *q = append(*q, x.(*Item)) }
func (q *PQ) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}

type NotFound struct{ Key string }

func (e NotFound) Error() string { return "not found: " + e.Key }

type Temporary struct {
	Op  string
	Err error
}

func (e *Temporary) Error() string { return e.Op + ": " + e.Err.Error() }
func (e *Temporary) Unwrap() error { return e.Err }

type Code int

func (c Code) Error() string { return fmt.Sprint("code ", int(c)) }

func (c Code) Is(target error) bool {
	t, ok := target.(Code)
	return ok && (t == c || t == 0)
}

var ErrBase = errors.New("base")

type Upper struct{ r io.Reader }

func (u Upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, strings.ToUpper(string(p[:n])))
	return n, err
}

type Counter struct {
	n     int
	lines int
}

func (c *Counter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.lines += strings.Count(string(p), "\n")
	return len(p), nil
}

type Money struct {
	Cents int64
	Cur   string
}

func (m Money) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "%d.%02d %s", m.Cents/100, m.Cents%100, m.Cur)
	default:
		fmt.Fprintf(f, "%%!%c(Money)", verb)
	}
}

type Job struct {
	Name string
	Took time.Duration
	Big  *big.Int
	Log  *strings.Builder
}

func main() {`)
	names := []string{"a", "b", "c", "d", "e"}
	item := func() string { return fmt.Sprintf("{%q, %d}", g.pick(names...), g.in(0, 4)) }
	items := func() string {
		var xs []string
		for range g.in(0, 5) {
			xs = append(xs, item())
		}
		return strings.Join(xs, ", ")
	}
	errs := []string{"NotFound{\"k\"}", "&Temporary{\"read\", NotFound{\"x\"}}", "fmt.Errorf(\"wrap: %w\", NotFound{\"y\"})", "fmt.Errorf(\"w2: %w\", &Temporary{\"op\", ErrBase})",
		"Code(3)", "fmt.Errorf(\"c: %w\", Code(4))", "errors.Join(ErrBase, Code(5))", "ErrBase", "fmt.Errorf(\"two: %w %w\", Code(1), NotFound{\"z\"})", "nil"}
	for i := range 22 {
		switch g.n(11) {
		case 0:
			g.p("\t{\n\t\tb := ByPri{%s}\n\t\tsort.Sort(b)\n\t\tfmt.Println(%d, b, sort.IsSorted(b))\n\t\tsort.Sort(sort.Reverse(b))\n\t\tfmt.Println(b)\n\t}", items(), i)
		case 1:
			g.p("\t{\n\t\tq := &PQ{}\n\t\tfor _, it := range []Item{%s} {\n\t\t\theap.Push(q, &it)\n\t\t}\n\t\tvar out []string\n\t\tfor q.Len() > 0 {\n\t\t\tout = append(out, heap.Pop(q).(*Item).String())\n\t\t}\n\t\tfmt.Println(%d, out)\n\t}", items(), i)
		case 2:
			g.p("\t{\n\t\txs := []Item{%s}\n\t\tslices.SortStableFunc(xs, func(a, b Item) int { return a.Pri - b.Pri })\n\t\tidx := slices.IndexFunc(xs, func(it Item) bool { return it.Name == %q })\n\t\tfmt.Println(%d, xs, idx, slices.Contains(xs, Item{%q, %d}), slices.MaxFunc(append(xs, Item{}), func(a, b Item) int { return strings.Compare(a.Name, b.Name) }))\n\t}", items(), g.pick(names...), i, g.pick(names...), g.in(0, 4))
		case 3:
			g.p("\t{\n\t\tm := map[Item]int{}\n\t\tfor i, it := range []Item{%s} {\n\t\t\tm[it] += i\n\t\t}\n\t\tks := slices.SortedFunc(maps.Keys(m), func(a, b Item) int { return strings.Compare(a.String(), b.String()) })\n\t\tfmt.Println(%d, ks, len(m), maps.Collect(maps.All(m)))\n\t}", items(), i)
		case 4:
			e := g.pick(errs...)
			g.p("\t{\n\t\tvar err error = %s\n\t\tvar nf NotFound\n\t\tvar tmp *Temporary\n\t\tvar c Code\n\t\tfmt.Println(%d, err, errors.Is(err, ErrBase), errors.Is(err, NotFound{\"y\"}), errors.Is(err, Code(0)), errors.Is(err, Code(4)))\n\t\tfmt.Println(errors.As(err, &nf), nf, errors.As(err, &tmp), errors.As(err, &c), c, errors.Unwrap(err) != nil)\n\t}", e, i)
		case 5:
			g.p("\t{\n\t\tsc := bufio.NewScanner(Upper{strings.NewReader(%q)})\n\t\tsc.Split(bufio.Scan%s)\n\t\tvar got []string\n\t\tfor sc.Scan() {\n\t\t\tgot = append(got, sc.Text())\n\t\t}\n\t\tfmt.Printf(\"%d %%q %%v\\n\", got, sc.Err())\n\t}", g.pick("one two\nthree", "", "a\n\nb c\n", "héllo wörld"), g.pick("Words", "Lines", "Runes"), i)
		case 6:
			g.p("\t{\n\t\tc := &Counter{}\n\t\tw := io.MultiWriter(c, io.Discard)\n\t\tfmt.Fprintf(w, \"%%d %%s\\n\", %d, %q)\n\t\tio.Copy(w, Upper{strings.NewReader(%q)})\n\t\tbw := bufio.NewWriter(c)\n\t\tfmt.Fprintln(bw, Item{%q, 1})\n\t\tbw.Flush()\n\t\tfmt.Println(%d, c.n, c.lines)\n\t}", g.in(0, 99), g.pick("x", "yy"), g.pick("ab\ncd\n", "", "q"), g.pick(names...), i)
		case 7:
			g.p("\t{\n\t\tm := Money{%d, %q}\n\t\tl := list.New()\n\t\tl.PushBack(m)\n\t\tl.PushFront(Item{%q, %d})\n\t\tvar parts []string\n\t\tfor e := l.Front(); e != nil; e = e.Next() {\n\t\t\tparts = append(parts, fmt.Sprint(e.Value))\n\t\t}\n\t\tfmt.Printf(\"%d %%v %%s %%d %%q\\n\", parts, m, m, []Money{m})\n\t}", g.in(0, 99999), g.pick("EUR", "KRW"), g.pick(names...), g.in(0, 4), i)
		case 8:
			g.p("\t{\n\t\tj := Job{Name: %q, Took: %d * time.Millisecond, Big: big.NewInt(%d), Log: &strings.Builder{}}\n\t\tj.Big.Exp(j.Big, big.NewInt(%d), nil)\n\t\tfmt.Fprintf(j.Log, \"took %%v\", j.Took)\n\t\tjs := []Job{j, j}\n\t\tjs[1].Took *= 2\n\t\tfmt.Println(%d, j.Name, j.Took, j.Big, j.Log.String(), js[1].Took, js[0].Big == js[1].Big, j.Took.Round(time.Second))\n\t}", g.pick(names...), g.in(0, 5000), g.in(2, 9), g.in(0, 40), i)
		case 9:
			g.p("\t{\n\t\tvar sb strings.Builder\n\t\tw := io.Writer(&sb)\n\t\tfor _, it := range []fmt.Stringer{Item{%q, 1}, time.Duration(%d), big.NewInt(%d)} {\n\t\t\tfmt.Fprint(w, it, \";\")\n\t\t}\n\t\tvar r io.Reader = Upper{strings.NewReader(sb.String())}\n\t\tdata, err := io.ReadAll(io.LimitReader(r, %d))\n\t\tfmt.Printf(\"%d %%s %%v %%T\\n\", data, err, r)\n\t}", g.pick(names...), g.in(0, 1e9), g.in(-99, 99), g.in(0, 40), i)
		default:
			g.p("\t{\n\t\tlookup := func(k string) (Item, error) {\n\t\t\tif k == %q {\n\t\t\t\treturn Item{}, &Temporary{\"lookup\", NotFound{k}}\n\t\t\t}\n\t\t\treturn Item{k, len(k)}, nil\n\t\t}\n\t\tfor _, k := range []string{\"a\", \"b\", \"cc\"} {\n\t\t\tit, err := lookup(k)\n\t\t\tif nf := (NotFound{}); errors.As(err, &nf) {\n\t\t\t\tfmt.Println(%d, \"missing\", nf.Key, err)\n\t\t\t\tcontinue\n\t\t\t}\n\t\t\tfmt.Println(%d, it)\n\t\t}\n\t}", g.pick("a", "b", "zz"), i, i)
		}
	}
	g.p("\t_ = bufio.ScanWords\n\t_ = heap.Init\n\t_ = list.New\n\t_ = io.EOF\n\t_ = maps.Keys[map[int]int]\n\t_ = big.NewInt\n\t_ = sort.Ints\n\t_ = time.Second\n\t_ = errors.New\n\t_ = slices.Sort[[]int]\n}")
}
