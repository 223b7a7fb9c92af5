package main

import "strings"

// lit writes s as it is (no formatting) and a newline.
func (g *gen) lit(s string) {
	g.b.WriteString(s)
	g.b.WriteByte('\n')
}

// genGenMeth: generic types with methods and constraints (type sets with
// ~T, comparable, methods in constraints, a constraint that mentions the
// type parameter), generic structs embedding generic and plain structs,
// methods calling generic functions, generic method values, and
// instantiation with the program's own types; %T of instantiated types.
func genGenMeth(g *gen) {
	g.lit(`package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Num interface {
	~int | ~int32 | ~float64
}

type Celsius float64

type ID int32

type Name string

type Pt struct{ X, Y int }

func (p Pt) Equal(q Pt) bool { return p == q }

func (p Pt) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt<%d>", int(m)) }

func (m MyInt) Equal(o MyInt) bool { return m%10 == o%10 }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func (b *Box[T]) Set(v T) { b.v = v }

func (b Box[T]) String() string { return fmt.Sprintf("Box(%v)", b.v) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

type Vec[T Num] []T

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func (v Vec[T]) Sum() T { return Sum(v...) }

func (v Vec[T]) Scale(k T) Vec[T] {
	out := make(Vec[T], len(v))
	for i, x := range v {
		out[i] = x * k
	}
	return out
}

func (v Vec[T]) Max() T {
	if len(v) == 0 {
		var z T
		return z
	}
	return slices.Max(v)
}

type Tagged struct {
	Box[int]
	Tag string
}

type Wrapper[T any] struct {
	Box[T]
	n int
}

func (w Wrapper[T]) Describe() string { return fmt.Sprintf("%d:%v", w.n, w.Get()) }

type Deep[T any] struct {
	*Wrapper[T]
	Pt
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(vs ...T) Set[T] {
	for _, v := range vs {
		s[v] = struct{}{}
	}
	return s
}

func (s Set[T]) Has(v T) bool {
	_, ok := s[v]
	return ok
}

func SortedKeys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	var ks []K
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

type Eq[T any] interface {
	Equal(T) bool
}

func IndexEq[T Eq[T]](xs []T, x T) int {
	for i, y := range xs {
		if y.Equal(x) {
			return i
		}
	}
	return -1
}

type Showable interface {
	~int | ~string
	String() string
}

func ShowAll[T Showable](xs ...T) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, "+")
}

type List[T any] struct {
	head *node[T]
	n    int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Push(v T) *List[T] {
	l.head = &node[T]{v, l.head}
	l.n++
	return l
}

func (l *List[T]) Each(f func(int, T)) {
	i := 0
	for n := l.head; n != nil; n = n.next {
		f(i, n.v)
		i++
	}
}

func MapTo[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

type Ordered[T cmp.Ordered] struct{ items []T }

func (o *Ordered[T]) Insert(vs ...T) *Ordered[T] {
	for _, v := range vs {
		i, _ := slices.BinarySearch(o.items, v)
		o.items = slices.Insert(o.items, i, v)
	}
	return o
}

func (o Ordered[T]) Min() (T, bool) {
	if len(o.items) == 0 {
		var z T
		return z, false
	}
	return o.items[0], true
}

type Getter[T any] interface{ Get() T }

func GetAll[T any](gs ...Getter[T]) []T {
	var out []T
	for _, g := range gs {
		out = append(out, g.Get())
	}
	return out
}

func Zero[T any]() (z T) { return }

func main() {`)
	numT := []string{"int", "int32", "float64", "Celsius", "ID", "MyInt"}
	anyT := []string{"int", "string", "Pt", "Name", "[2]int", "Box[int]", "*Pt", "[]string", "MyInt", "Pair[int, string]"}
	vals := map[string][]string{
		"int": {"0", "7", "-3"}, "int32": {"5", "-1"}, "float64": {"1.5", "-0.25", "2"}, "Celsius": {"36.6", "-4"}, "ID": {"3", "12"},
		"MyInt": {"4", "14", "-2"}, "string": {`"a"`, `"zz"`, `""`}, "Pt": {"Pt{1, 2}", "Pt{}", "Pt{-3, 4}"}, "Name": {`"ann"`, `"bo"`},
		"[2]int": {"[2]int{1, 2}", "[2]int{}"}, "Box[int]": {"Box[int]{5}", "Box[int]{}"}, "*Pt": {"&Pt{7, 8}"}, "[]string": {`[]string{"x"}`, "nil"},
		"Pair[int, string]": {`Pair[int, string]{1, "one"}`},
	}
	val := func(t string) string { return g.pick(vals[t]...) }
	vec := func(t string) string {
		var xs []string
		for range g.in(0, 4) {
			xs = append(xs, val(t))
		}
		return strings.Join(xs, ", ")
	}
	for i := range 24 {
		switch g.n(14) {
		case 0:
			t := g.pick(numT...)
			g.p("\t{\n\t\tv := Vec[%s]{%s}\n\t\tfmt.Println(%d, v.Sum(), v.Scale(%s), v.Max(), len(v))\n\t\tfmt.Printf(\"%%T %%T\\n\", v, v.Sum())\n\t}", t, vec(t), i, val(t))
		case 1:
			t := g.pick(anyT...)
			g.p("\t{\n\t\tb := Box[%s]{%s}\n\t\tf := b.Get\n\t\tb.Set(%s)\n\t\tset := b.Set\n\t\tset(%s)\n\t\tfmt.Printf(\"%d %%v %%v %%T %%v\\n\", f(), b.Get(), b, b)\n\t}", t, val(t), val(t), val(t), i)
		case 2:
			k, v := g.pick("int", "string", "Pt", "Name", "[2]int", "MyInt"), g.pick(anyT...)
			g.p("\t{\n\t\tp := Pair[%s, %s]{%s, %s}\n\t\ts := p.Swap()\n\t\tfmt.Printf(\"%d %%v %%+v %%T %%T\\n\", p, s, p, s)\n\t}", k, v, val(k), val(v), i)
		case 3:
			t := g.pick(anyT...)
			g.p("\t{\n\t\tw := Wrapper[%s]{Box[%s]{%s}, %d}\n\t\tw.Set(%s)\n\t\td := Deep[%s]{&w, Pt{%d, %d}}\n\t\td.Set(%s)\n\t\tfmt.Println(%d, w.Describe(), d.Describe(), d.X, d.Get(), w.v)\n\t\tfmt.Printf(\"%%T %%T\\n\", w, d.Wrapper)\n\t}", t, t, val(t), g.in(0, 9), val(t), t, g.in(0, 9), g.in(0, 9), val(t), i)
		case 4:
			g.p("\t{\n\t\tt := Tagged{Box[int]{%d}, %q}\n\t\tt.Set(t.Get() + %d)\n\t\tvar gt Getter[int] = t\n\t\tvar gb Getter[int] = &t.Box\n\t\tt.Set(%d)\n\t\tfmt.Println(%d, t, gt.Get(), gb.Get(), GetAll(gt, gb, Box[int]{%d}))\n\t}", g.in(0, 9), g.pick("a", "b"), g.in(0, 9), g.in(0, 9), i, g.in(0, 9))
		case 5:
			t := g.pick("int", "string", "Name", "MyInt", "ID")
			g.p("\t{\n\t\ts := Set[%s]{}\n\t\ts.Add(%s).Add(%s)\n\t\tfmt.Println(%d, len(s), s.Has(%s), SortedKeys(s))\n\t}", t, vec(t), val(t), i, val(t))
		case 6:
			t := g.pick("Pt", "MyInt")
			g.p("\tfmt.Println(%d, IndexEq([]%s{%s}, %s))", i, t, vec(t), val(t))
		case 7:
			g.p("\tfmt.Println(%d, ShowAll[MyInt](%s), ShowAll(MyInt(%d)))", i, vec("MyInt"), g.in(-5, 5))
		case 8:
			t := g.pick(anyT...)
			g.p("\t{\n\t\tl := &List[%s]{}\n\t\tl.Push(%s).Push(%s)\n\t\tvar got []string\n\t\tl.Each(func(i int, v %s) { got = append(got, fmt.Sprint(i, \"=\", v)) })\n\t\tfmt.Println(%d, l.n, got)\n\t}", t, val(t), val(t), t, i)
		case 9:
			a, b := g.pick(anyT...), g.pick("string", "int", "Name")
			conv := map[string]string{"string": "fmt.Sprint(x)", "int": "len(fmt.Sprint(x))", "Name": "Name(fmt.Sprintf(\"%v!\", x))"}[b]
			g.p("\tfmt.Printf(\"%d %%q\\n\", MapTo([]%s{%s}, func(x %s) %s { return %s }))", i, a, vec(a), a, b, conv)
		case 10:
			t := g.pick("int", "string", "float64", "Name", "ID", "Celsius")
			g.p("\t{\n\t\to := &Ordered[%s]{}\n\t\to.Insert(%s).Insert(%s)\n\t\tm, ok := o.Min()\n\t\tfmt.Println(%d, o.items, m, ok)\n\t}", t, vec(t), val(t), i)
		case 11:
			t := g.pick(anyT...)
			g.p("\tfmt.Printf(\"%d %%v %%T %%#v\\n\", Zero[%s](), Zero[%s](), Zero[%s]())", i, t, t, t)
		case 12:
			t := g.pick(numT...)
			g.p("\t{\n\t\tf := Sum[%s]\n\t\tg := Vec[%s].Scale\n\t\th := (*Box[%s]).Set\n\t\tvar b Box[%s]\n\t\th(&b, f(%s))\n\t\tfmt.Println(%d, f(%s), g(Vec[%s]{%s}, %s), b.Get())\n\t}", t, t, t, t, vec(t), i, vec(t), t, vec(t), val(t))
		default:
			t := g.pick(anyT...)
			g.p("\t{\n\t\tvar x any = Box[%s]{%s}\n\t\t_, isStr := x.(fmt.Stringer)\n\t\t_, isG := x.(Getter[%s])\n\t\t_, isP := x.(interface{ Set(%s) })\n\t\tfmt.Println(%d, isStr, isG, isP, x)\n\t}", t, val(t), t, t, i)
		}
	}
	g.p("}")
}

// genMethVal: method values and method expressions on value and pointer
// receivers, through embedding, interfaces and named non-struct types,
// stored in slices, maps and struct fields and called later: a method value
// binds its receiver (a copy for a value receiver, the pointer for a
// pointer receiver) when it is evaluated.
func genMethVal(g *gen) {
	g.lit(`package main

import "fmt"

type T struct {
	n    int
	name string
}

func (t T) Val() int { return t.n }

func (t *T) Ptr() int { return t.n }

func (t *T) Inc() { t.n++ }

func (t T) With(k int) T {
	t.n += k
	return t
}

func (t T) Label(p string) string { return fmt.Sprint(p, t.name, t.n) }

type I interface{ Val() int }

type Named int

func (n Named) Twice() int { return int(n) * 2 }

func (n *Named) Bump() { *n++ }

type Outer struct {
	T
	extra int
}

type OuterP struct {
	*T
	extra int
}

type Holder struct {
	f  func() int
	fs map[string]func() int
}

type Stack []int

func (s *Stack) Push(v int) { *s = append(*s, v) }

func (s Stack) Top() int {
	if len(s) == 0 {
		return -1
	}
	return s[len(s)-1]
}

type Counts map[string]int

func (c Counts) Add(k string) int {
	c[k]++
	return c[k]
}

type Wrap struct {
	I
	tag string
}

type ValPtr interface {
	Val() int
	Ptr() int
}

func call(fs ...func() int) []int {
	var out []int
	for _, f := range fs {
		out = append(out, f())
	}
	return out
}

func main() {`)
	for i := range 22 {
		a, b, c := g.in(-5, 9), g.in(-5, 9), g.in(-5, 9)
		switch g.n(17) {
		case 0:
			g.p("\t{\n\t\tt := T{n: %d}\n\t\tf := t.Val\n\t\tt.n = %d\n\t\tp := t.Ptr\n\t\tt.n = %d\n\t\tfmt.Println(%d, f(), p(), t.Val())\n\t}", a, b, c, i)
		case 1:
			g.p("\t{\n\t\tt := T{n: %d, name: %q}\n\t\tf, p, q := T.Val, (*T).Ptr, (*T).Val\n\t\tinc := (*T).Inc\n\t\tinc(&t)\n\t\tl := T.Label\n\t\tfmt.Println(%d, f(t), p(&t), q(&t), l(t, \"x\"), T.With(t, %d).Val())\n\t}", a, g.pick("a", "b"), i, b)
		case 2:
			g.p("\t{\n\t\tvar fs []func() int\n\t\tfor k := range %d {\n\t\t\tt := T{n: k}\n\t\t\tfs = append(fs, t.Val, t.Ptr)\n\t\t\tt.n += %d\n\t\t}\n\t\tfmt.Println(%d, call(fs...))\n\t}", g.in(0, 4), a, i)
		case 3:
			g.p("\t{\n\t\tt := T{n: %d}\n\t\tvar x I = t\n\t\tf := x.Val\n\t\tt.n = %d\n\t\tx = T{n: %d}\n\t\tfmt.Println(%d, f(), x.Val(), I.Val(x), I.Val(&t))\n\t}", a, b, c, i)
		case 4:
			g.p("\t{\n\t\tt := &T{n: %d}\n\t\tvar x I = t\n\t\tf := x.Val\n\t\tg := t.Val\n\t\tt.n = %d\n\t\tfmt.Println(%d, f(), g(), x.Val())\n\t}", a, b, i)
		case 5:
			g.p("\t{\n\t\to := Outer{T: T{n: %d}}\n\t\tf, p := o.Val, o.Ptr\n\t\to.n = %d\n\t\tinc := o.Inc\n\t\tinc()\n\t\tfmt.Println(%d, f(), p(), o.Val(), Outer.Val(o), (*Outer).Ptr(&o))\n\t}", a, b, i)
		case 6:
			g.p("\t{\n\t\tt := T{n: %d}\n\t\top := OuterP{&t, 0}\n\t\tf, p := op.Val, op.Ptr\n\t\tt.n = %d\n\t\top.Inc()\n\t\tfmt.Println(%d, f(), p(), t.n, OuterP.Val(op))\n\t}", a, b, i)
		case 7:
			g.p("\t{\n\t\tn := Named(%d)\n\t\tf, bump := n.Twice, n.Bump\n\t\tbump()\n\t\tbump()\n\t\tfmt.Println(%d, f(), n, n.Twice(), Named.Twice(n), Named(%d).Twice())\n\t}", a, i, b)
		case 8:
			g.p("\tfunc() {\n\t\tt := T{n: %d}\n\t\tdefer fmt.Println(%d, \"defer arg\", t.Val())\n\t\tdefer func() { fmt.Println(%d, \"defer closure\", t.Val()) }()\n\t\tf := t.Val\n\t\tdefer func(f func() int) { fmt.Println(%d, \"defer bound\", f()) }(f)\n\t\tdefer t.Inc()\n\t\tt.n = %d\n\t}()", a, i, i, i, b)
		case 9:
			g.p("\t{\n\t\tt := T{n: %d}\n\t\th := Holder{f: t.Val, fs: map[string]func() int{\"v\": t.Val, \"p\": t.Ptr}}\n\t\tt.n = %d\n\t\tfmt.Println(%d, h.f(), h.fs[\"v\"](), h.fs[\"p\"](), h.f != nil)\n\t}", a, b, i)
		case 10:
			g.p("\t{\n\t\tts := []T{{n: %d}, {n: %d}}\n\t\tf := ts[0].Val\n\t\tp := ts[1].Ptr\n\t\tts[0].n, ts[1].n = %d, %d\n\t\tts = append(ts, T{})\n\t\tts[1].n = 100\n\t\tfmt.Println(%d, f(), p(), ts[1].Val())\n\t}", a, b, c, a+b, i)
		case 11:
			g.p("\t{\n\t\tm := map[string]T{\"k\": {n: %d}}\n\t\tf := m[\"k\"].Val\n\t\tm[\"k\"] = T{n: %d}\n\t\tlabel := m[\"k\"].Label\n\t\tfmt.Println(%d, f(), label(\"m\"), m[\"k\"].With(%d).Val())\n\t}", a, b, i, c)
		case 12:
			g.p("\t{\n\t\tvar st Stack\n\t\tpush, top := st.Push, st.Top\n\t\tfor k := range %d {\n\t\t\tpush(k * %d)\n\t\t}\n\t\ttop2 := st.Top\n\t\tst = append(st[:0], 42)\n\t\tfmt.Println(%d, top(), top2(), st.Top(), st, Stack.Top(st), len(st))\n\t}", g.in(0, 3), a, i)
		case 13:
			g.p("\t{\n\t\tc := Counts{}\n\t\tadd := c.Add\n\t\tadd(\"a\")\n\t\tc = Counts{\"b\": %d}\n\t\tadd(\"a\")\n\t\tfmt.Println(%d, c, add(\"b\"), Counts.Add(c, \"b\"))\n\t}", a, i)
		case 14:
			g.p("\t{\n\t\tw := Wrap{T{n: %d}, \"w\"}\n\t\tf := w.Val\n\t\tw.I = &T{n: %d}\n\t\tg := w.Val\n\t\tw.I.(*T).n = %d\n\t\tfmt.Println(%d, f(), g(), w.Val(), Wrap.Val(w))\n\t}", a, b, c, i)
		case 15:
			g.p("\t{\n\t\tt := &T{n: %d}\n\t\tvar vp ValPtr = t\n\t\tv, p := vp.Val, ValPtr.Ptr\n\t\tt.n = %d\n\t\tvar h Holder\n\t\tfmt.Println(%d, v(), p(vp), h.f == nil, len(h.fs))\n\t}", a, b, i)
		default:
			g.p("\t{\n\t\tt := T{n: %d}\n\t\tvar fs []func()\n\t\tfor range %d {\n\t\t\tfs = append(fs, t.Inc)\n\t\t}\n\t\tv := t.With\n\t\tfor _, f := range fs {\n\t\t\tf()\n\t\t}\n\t\tfmt.Println(%d, t.n, v(%d).n)\n\t}", a, g.in(0, 3), i, b)
		}
	}
	g.p("}")
}

// genIfaces: interfaces embedding interfaces (also overlapping ones),
// assertions from one interface type to another, type switches whose cases
// are interfaces, interfaces embedded in structs (nil ones panic), and
// comparisons between values of different interface types.
func genIfaces(g *gen) {
	g.lit(`package main

import (
	"errors"
	"fmt"
)

type Reader interface{ Read() string }

type Writer interface{ Write(s string) int }

type RW interface {
	Reader
	Writer
}

type Closer interface{ Close() error }

type RWC interface {
	RW
	Closer
}

type Overlap interface {
	Reader
	RW
}

type Namer interface{ Name() string }

type File struct {
	name string
	buf  []string
}

func (f *File) Read() string {
	if len(f.buf) == 0 {
		return "<eof>"
	}
	s := f.buf[0]
	f.buf = f.buf[1:]
	return s
}

func (f *File) Write(s string) int {
	f.buf = append(f.buf, s)
	return len(f.buf)
}

func (f *File) Close() error { return errors.New("close " + f.name) }

func (f File) Name() string { return "file:" + f.name }

type RO struct{ s string }

func (r RO) Read() string { return "ro:" + r.s }

func (r RO) Name() string { return "ro" }

type Pipe struct {
	RW
	tag string
}

func (p Pipe) Name() string { return "pipe:" + p.tag }

type Closed struct{}

func (Closed) Close() error { return errors.New("closed") }

func try(i int, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(i, "panic:", r)
		}
	}()
	f()
}

func kinds(v any) string {
	s := ""
	if _, ok := v.(Reader); ok {
		s += "R"
	}
	if _, ok := v.(Writer); ok {
		s += "W"
	}
	if _, ok := v.(RW); ok {
		s += "+RW"
	}
	if _, ok := v.(Closer); ok {
		s += "C"
	}
	if _, ok := v.(RWC); ok {
		s += "+RWC"
	}
	if _, ok := v.(Overlap); ok {
		s += "+O"
	}
	if _, ok := v.(Namer); ok {
		s += "N"
	}
	return s
}

func main() {
	f := &File{name: "f"}
	vals := []any{f, File{name: "g"}, RO{"x"}, &RO{"y"}, Pipe{RW: &File{name: "in"}, tag: "t"}, Pipe{tag: "nil"}, Closed{}, nil, 3, Reader(nil)}
	for i, v := range vals {
		fmt.Printf("%d %s %T\n", i, kinds(v), v)
	}`)
	srcs := []string{"f", "&File{name: \"h\"}", "RO{\"z\"}", "&RO{\"w\"}", "Pipe{RW: f, tag: \"p\"}", "Pipe{RW: &File{}, tag: \"q\"}"}
	readers := []string{"f", "&File{name: \"h\"}", "RO{\"z\"}", "&RO{\"w\"}", "Pipe{RW: f, tag: \"p\"}", "Pipe{tag: \"n\"}"}
	ifs := []string{"Reader", "Writer", "RW", "Closer", "RWC", "Overlap", "Namer", "fmt.Stringer", "interface{ Write(string) int }", "interface {\n\tReader\n\tNamer\n}"}
	for i := range 20 {
		switch g.n(8) {
		case 0:
			g.p("\t{\n\t\tvar r Reader = %s\n\t\tif x, ok := r.(%s); ok {\n\t\t\tfmt.Printf(\"%d yes %%T\\n\", x)\n\t\t} else {\n\t\t\tfmt.Printf(\"%d no %%T %%v\\n\", x, x == nil)\n\t\t}\n\t}", g.pick(readers...), g.pick(ifs...), i, i)
		case 1:
			g.p("\t{\n\t\tvar x any = %s\n\t\tswitch v := x.(type) {", g.pick(append(srcs, "Closed{}", "nil", "3")...))
			for _, c := range g.sample(ifs, g.in(2, 5)) {
				g.p("\t\tcase %s:\n\t\t\tfmt.Printf(\"%d %s %%T\\n\", v)", c, i, strings.NewReplacer("\n", " ", "\t", "").Replace(c))
			}
			g.p("\t\tdefault:\n\t\t\tfmt.Printf(\"%d default %%T\\n\", v)\n\t\t}\n\t}", i)
		case 2:
			g.p("\t{\n\t\tvar rw RW = %s\n\t\tvar r Reader = rw\n\t\tvar o Overlap = rw\n\t\tfmt.Println(%d, r == rw, o == rw, any(r) == any(o), rw.Write(%q), r.Read(), o.Read())\n\t}", g.pick("f", "&File{name: \"n\"}", "Pipe{RW: f}"), i, g.pick("a", "b"))
		case 3:
			g.p("\ttry(%d, func() {\n\t\tvar r Reader = %s\n\t\tfmt.Println(%d, r.Read(), r.(Namer).Name())\n\t})", i, g.pick(readers...), i)
		case 4:
			g.p("\ttry(%d, func() {\n\t\tvar c Closer = %s\n\t\trwc := c.(RWC)\n\t\tfmt.Println(%d, rwc.Write(%q), rwc.Read(), rwc.Close())\n\t})", i, g.pick("f", "Closed{}", "&File{name: \"c\"}"), i, g.pick("x", "y"))
		case 5:
			g.p("\t{\n\t\tp := Pipe{RW: %s, tag: %q}\n\t\tvar n Namer = p\n\t\tvar r Reader = p\n\t\t_, isW := r.(Writer)\n\t\t_, isC := r.(Closer)\n\t\tfmt.Println(%d, n.Name(), isW, isC, p.RW != nil)\n\t}", g.pick("f", "&File{name: \"e\"}"), g.pick("a", "b"), i)
		case 6:
			g.p("\t{\n\t\tvar a, b Reader = %s, %s\n\t\tvar c RW\n\t\tfmt.Println(%d, a == b, c == nil, a != nil)\n\t}", g.pick("f", "RO{\"z\"}", "RO{\"w\"}"), g.pick("f", "RO{\"z\"}", "RO{\"w\"}", "nil"), i)
		default:
			g.p("\t{\n\t\tvar err error = %s\n\t\tvar c Closer = Closed{}\n\t\tfmt.Println(%d, err, c.Close(), errors.Is(err, err))\n\t}", g.pick("f.Close()", "Closed{}.Close()", "nil"), i)
		}
	}
	g.p("\t_ = f\n}")
}

// genGenFuncs: generic funcs over type sets with core types (~string |
// ~[]byte, ~float32 | ~float64) and the operations they allow
// (conversions, len, indexing, min and max), type switches on a type
// parameter's value, self-referential constraints (T Lesser[T]), generic
// aliases, explicit partial instantiation, instantiation with unnamed
// types (structs, funcs, arrays, chans), comparison of comparable type
// arguments holding uncomparable values (a run-time panic), and generic
// closures.
func genGenFuncs(g *gen) {
	g.lit(`package main

import (
	"fmt"
	"strings"
)

type Bytes interface{ ~string | ~[]byte }

type Float interface{ ~float32 | ~float64 }

type Name string

type Raw []byte

type Meters float32

type Lesser[T any] interface{ Less(T) bool }

type Ver struct{ Major, Minor int }

func (v Ver) Less(o Ver) bool { return v.Major < o.Major || v.Major == o.Major && v.Minor < o.Minor }

type Rank int

func (r Rank) Less(o Rank) bool { return r > o }

func MinOf[T Lesser[T]](xs ...T) (m T) {
	for i, x := range xs {
		if i == 0 || x.Less(m) {
			m = x
		}
	}
	return m
}

func Upper[S Bytes](s S) S {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'z' {
			b[i] = c - 32
		}
	}
	return S(b)
}

func FirstLast[S Bytes](s S) (byte, byte, int) {
	if len(s) == 0 {
		return 0, 0, 0
	}
	return s[0], s[len(s)-1], len(s)
}

func Scale[F Float](xs []F, k F) []F {
	out := make([]F, len(xs))
	for i, x := range xs {
		out[i] = x*k + F(0.5)
	}
	return out
}

func Clamp[T int | int8 | float64 | Meters | string](x, lo, hi T) T {
	return min(max(x, lo), hi)
}

func Describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprint("int ", x+1)
	case string:
		return "string " + strings.ToUpper(x)
	case fmt.Stringer:
		return "stringer " + x.String()
	case nil:
		return "nil"
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func Convert[To, From int | int8 | uint16 | float64 | Meters](xs []From) []To {
	out := make([]To, 0, len(xs))
	for _, x := range xs {
		out = append(out, To(x))
	}
	return out
}

func Index[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

type Box[T any] struct{ V T }

func (b Box[T]) String() string { return fmt.Sprintf("Box<%v>", b.V) }

type Alias[T any] = Box[T]

type Pair[A, B any] struct {
	A A
	B B
}

func MakePair[A, B any](a A, b B) Pair[A, B] { return Pair[A, B]{a, b} }

func Counter[T any]() func(T) []T {
	var seen []T
	return func(v T) []T {
		seen = append(seen, v)
		return seen
	}
}

func Apply[T, R any](xs []T, fs ...func(T) R) [][]R {
	var out [][]R
	for _, f := range fs {
		var row []R
		for _, x := range xs {
			row = append(row, f(x))
		}
		out = append(out, row)
	}
	return out
}

func try(k int, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(k, "panic:", r)
		}
	}()
	f()
}

func main() {`)
	for i := range 24 {
		switch g.n(12) {
		case 0:
			g.p("\tfmt.Println(%d, MinOf(%s), MinOf[Rank](%s))", i, g.pick("Ver{1, 2}, Ver{0, 9}, Ver{1, 0}", "Ver{2, 2}", "Ver{3, 1}, Ver{3, 0}"), g.pick("3, 1, 2", "5", ""))
		case 1:
			s := g.pick(`"abc"`, `Name("bob")`, `Raw("xyz")`, `[]byte("q1")`, `""`, `Name("")`)
			g.p("\t{\n\t\tu := Upper(%s)\n\t\ta, b, n := FirstLast(u)\n\t\tfmt.Printf(\"%d %%v %%T %%d %%d %%d\\n\", u, u, a, b, n)\n\t}", s, i)
		case 2:
			t := g.pick("float32", "float64", "Meters")
			g.p("\tfmt.Println(%d, Scale([]%s{%s}, %s))", i, t, g.pick("1, 2.5", "", "-1e3", "0.1, 0.2, 0.3"), g.pick("2", "0.5", "-1"))
		case 3:
			t := g.pick("int", "int8", "float64", "Meters", "string")
			v := map[string][]string{"int": {"-5", "3", "10"}, "int8": {"-128", "0", "127"}, "float64": {"-0.5", "2.5", "9"}, "Meters": {"1.25", "0", "7"}, "string": {`"a"`, `"m"`, `"z"`}}[t]
			g.p("\tfmt.Println(%d, Clamp[%s](%s, %s, %s), Clamp[%s](%s, %s, %s))", i, t, g.pick(v...), v[0], v[2], t, g.pick(v...), v[1], v[2])
		case 4:
			v := g.pick("3", `"s"`, "Box[int]{1}", "Ver{}", "[]int{1}", "any(nil)", "Rank(2)", "struct{ X int }{1}", "func() {}", "(*int)(nil)", "Name(\"n\")")
			g.p("\tfmt.Println(%d, Describe(%s))", i, v)
		case 5:
			to, from := g.pick("int", "int8", "uint16", "float64", "Meters"), g.pick("int", "int8", "uint16", "float64", "Meters")
			vals := map[string]string{"int": "300, -1, 7", "int8": "-128, 5", "uint16": "65535, 1", "float64": "2.75, -3.5", "Meters": "1.5, 100"}[from]
			g.p("\tfmt.Println(%d, Convert[%s]([]%s{%s}))", i, to, from, vals)
		case 6:
			t := g.pick("any", "[2]any", "interface{ Less(Rank) bool }", "struct{ V any }", "error")
			xs := map[string]string{"any": "1, \"a\", []int{1}, 2", "[2]any": "{1, 2}, {[]int{}, 1}, {3, 4}", "interface{ Less(Rank) bool }": "Rank(1), Rank(2)", "struct{ V any }": "{1}, {map[int]int{}}, {2}", "error": "nil, fmt.Errorf(\"x\")"}[t]
			x := map[string]string{"any": g.pick("2", "\"a\"", "3"), "[2]any": g.pick("[2]any{3, 4}", "[2]any{1, 2}"), "interface{ Less(Rank) bool }": "Rank(2)", "struct{ V any }": g.pick("struct{ V any }{2}", "struct{ V any }{1}"), "error": "nil"}[t]
			g.p("\ttry(%d, func() {\n\t\tfmt.Println(%d, Index[%s]([]%s{%s}, %s))\n\t})", i, i, t, t, xs, x)
		case 7:
			g.p("\t{\n\t\tvar a Alias[%s] = Box[%s]{%s}\n\t\tfmt.Printf(\"%d %%v %%T %%+v\\n\", a, a, MakePair(a, &a.V == &a.V))\n\t}", "int", "int", g.pick("1", "-4"), i)
		case 8:
			t := g.pick("int", "string", "Ver", "[2]bool", "struct{ N int }", "chan int", "func() int", "*Ver", "Box[Name]")
			v := map[string]string{"int": "7", "string": `"w"`, "Ver": "Ver{1, 2}", "[2]bool": "[2]bool{true}", "struct{ N int }": "struct{ N int }{3}", "chan int": "nil", "func() int": "nil", "*Ver": "nil", "Box[Name]": `Box[Name]{"n"}`}[t]
			g.p("\t{\n\t\tc := Counter[%s]()\n\t\tc(%s)\n\t\tgot := c(%s)\n\t\tfmt.Printf(\"%d %%d %%T\\n\", len(got), got)\n\t}", t, v, v, i)
		case 9:
			g.p("\tfmt.Println(%d, Apply([]int{%s}, func(x int) string { return fmt.Sprint(x * 2) }, func(x int) string { return strings.Repeat(\"*\", x&3) }))", i, g.ints(g.in(0, 3), -3, 3))
		case 10:
			g.p("\t{\n\t\tp := MakePair(MakePair(%q, %d), Box[[]Ver]{[]Ver{{%d, 0}}})\n\t\tfmt.Printf(\"%d %%v %%+v %%T\\n\", p, p.A, p.B)\n\t}", g.pick("k", "j"), g.in(0, 9), g.in(0, 9), i)
		default:
			g.p("\tfmt.Println(%d, Describe[fmt.Stringer](Box[int]{%d}), Describe[any](nil), Describe[error](nil))", i, g.in(0, 9))
		}
	}
	g.p("}")
}
