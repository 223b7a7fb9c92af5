package main

import (
	"fmt"
	"strings"
)

// genGenEmbed: generic structs embedding other instantiations by value
// (Box[T]) and by pointer (*Box[T]), a generic interface embedded in a
// generic struct, a defined type whose underlying type is an instantiated
// struct (it has none of the struct's methods but keeps the promoted ones of
// its embedded fields, String included, which fmt then uses), an outer
// method shadowing a promoted one, and method values and expressions of
// promoted generic methods (bound when evaluated).
func genGenEmbed(g *gen) {
	g.raw(`package main

import "fmt"

type Box[T any] struct{ V T }

func (b Box[T]) Get() T          { return b.V }
func (b *Box[T]) Set(v T)        { b.V = v }
func (b Box[T]) String() string  { return fmt.Sprintf("Box(%v)", b.V) }

type Pair[K comparable, V any] struct {
	Box[V]
	Key K
}

func (p Pair[K, V]) Describe() string { return fmt.Sprint(p.Key, "=", p.Get()) }

type Stack[T any] struct {
	*Box[T]
	items []T
}

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v); s.Set(v) }
func (s Stack[T]) Get() T     { return s.items[0] }

type Getter[T any] interface{ Get() T }

type Wrap[T any] struct {
	Getter[T]
	n int
}

type Named Pair[string, int]

type Deep[T any] struct {
	Pair[string, T]
	extra T
}

func total[T ~int | ~float64](gs ...Getter[T]) T {
	var t T
	for _, g := range gs {
		t += g.Get()
	}
	return t
}

func main() {`)
	for i := range 24 {
		a, b, c := g.in(-9, 9), g.in(-9, 9), g.in(-9, 9)
		k := g.pick("a", "b", "k", "zz")
		switch g.n(10) {
		case 0:
			g.p("\t{\n\t\tp := Pair[string, int]{Box[int]{%d}, %q}\n\t\tp.Set(%d)\n\t\tfmt.Println(%d, p.Describe(), p, p.Get(), p.V)\n\t\tfmt.Printf(\"%%v %%+v %%s\\n\", p, p.Box, &p)\n\t}", a, k, b, i)
		case 1:
			g.p("\t{\n\t\ts := &Stack[string]{Box: &Box[string]{%q}}\n\t\ts.Push(%q)\n\t\ts.Push(%q)\n\t\tfmt.Println(%d, s.items, s.Get(), s.V, s.Box.Get(), s.Box)\n\t}", k, k+"1", k+"2", i)
		case 2:
			g.p("\t{\n\t\tvar g Getter[int] = Pair[string, int]{Box[int]{%d}, %q}\n\t\tw := Wrap[int]{g, %d}\n\t\tfmt.Println(%d, w.Get(), w.n, total[int](g, w, Box[int]{%d}))\n\t\tfmt.Printf(\"%%T %%v\\n\", w.Getter, w.Getter)\n\t}", a, k, b, i, c)
		case 3:
			g.p("\t{\n\t\tn := Named{Box[int]{%d}, %q}\n\t\tn.Set(%d)\n\t\tvar x any = n\n\t\t_, isG := x.(Getter[int])\n\t\t_, isS := x.(fmt.Stringer)\n\t\t_, isD := x.(interface{ Describe() string })\n\t\tfmt.Println(%d, n.Get(), n.Key, n, isG, isS, isD)\n\t\tfmt.Printf(\"%%T %%+v\\n\", n, Pair[string, int](n))\n\t}", a, k, b, i)
		case 4:
			g.p("\t{\n\t\tb := Box[int]{%d}\n\t\tf := b.Get\n\t\ts := b.Set\n\t\tb.V = %d\n\t\ts(%d)\n\t\tfmt.Println(%d, f(), b.Get(), Box[int].Get(b), b)\n\t\t(*Box[int]).Set(&b, %d)\n\t\tfmt.Println(b.V)\n\t}", a, b, c, i, a+b)
		case 5:
			g.p("\t{\n\t\td := Deep[float64]{Pair[string, float64]{Box[float64]{%d.5}, %q}, %d}\n\t\tf := d.Describe\n\t\tg := d.Set\n\t\tg(%d)\n\t\tfmt.Println(%d, f(), d.Describe(), d.Get(), d.extra, d)\n\t\tfmt.Printf(\"%%v|%%s|%%T\\n\", d.Pair, d.Pair.Box, d.Pair.Box)\n\t}", a, k, b, c, i)
		case 6:
			g.p("\t{\n\t\tst := Stack[int]{&Box[int]{%d}, []int{%d}}\n\t\tcp := st\n\t\tcp.Push(%d)\n\t\tfmt.Println(%d, st.V, cp.V, len(st.items), len(cp.items), st.Get(), cp.Get())\n\t\tvar g Getter[int] = st\n\t\tvar h Getter[int] = st.Box\n\t\tfmt.Println(g.Get(), h.Get(), total(g, h))\n\t}", a, b, c, i)
		case 7:
			g.p("\t{\n\t\tps := []Pair[int, string]{{Box[string]{%q}, %d}, {Box[string]{%q}, %d}}\n\t\tfor j := range ps {\n\t\t\tps[j].Set(ps[j].Get() + \"!\")\n\t\t}\n\t\tfor _, p := range ps {\n\t\t\tp.Set(\"lost\")\n\t\t}\n\t\tm := map[string]Pair[int, string]{\"x\": ps[0]}\n\t\tfmt.Println(%d, ps, m, ps[1].Describe())\n\t}", k, a, k+k, b, i)
		case 8:
			g.p("\t{\n\t\tvar w Wrap[string]\n\t\tfunc() {\n\t\t\tdefer func() { fmt.Println(%d, \"recovered\", recover() != nil) }()\n\t\t\tfmt.Println(w.n, w.Getter == nil)\n\t\t\tfmt.Println(w.Get())\n\t\t}()\n\t\tw.Getter = &Box[string]{%q}\n\t\tfmt.Println(w.Get(), w.Getter)\n\t}", i, k)
		default:
			g.p("\t{\n\t\tgs := []Getter[float64]{Box[float64]{%d}, &Box[float64]{%d}, Pair[int, float64]{Box[float64]{%d}, 1}, Wrap[float64]{Box[float64]{1.5}, 0}}\n\t\tfor _, g := range gs {\n\t\t\tfmt.Printf(\"%d %%T %%v\\n\", g, g.Get())\n\t\t}\n\t\tfmt.Println(total(gs...))\n\t}", a, b, c, i)
		}
	}
	g.p("}")
}

// genCoreType: generic functions using the core type of their type
// parameter: indexing, slicing, range, len, cap, make, append, map and
// channel operations over ~[]E, ~map[K]V, ~string, ~[]byte|~string,
// ~[N]E|~[]E (indexable without a core type), ~chan E and ~*E
// constraints, called with named types (the result keeps the named type,
// shown by %T) and with unnamed ones.
func genCoreType(g *gen) {
	g.raw(`package main

import (
	"cmp"
	"fmt"
	"slices"
)

type Ints []int
type Floats []float64
type Dict map[string]int
type Str string
type Raw []byte
type Quad [4]int
type IntCh chan int
type PInt *int

func (s Ints) Sum() int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func Sum[S ~[]E, E ~int | ~float64](s S) E {
	var t E
	for _, v := range s {
		t += v
	}
	return t
}

func Rev[S ~[]E, E any](s S) S {
	r := make(S, len(s), len(s)+1)
	for i, v := range s {
		r[len(s)-1-i] = v
	}
	return r
}

func Tail[S ~[]E, E any](s S) S { return s[1:] }

func Grow[S ~[]E, E any](s S, v E, n int) S {
	for range n {
		s = append(s, v)
	}
	return append(s, make(S, 1)...)
}

func Keys[M ~map[K]V, K cmp.Ordered, V any](m M) []K {
	ks := make([]K, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func Invert[M ~map[K]V, K, V comparable](m M) map[V]K {
	r := make(map[V]K, len(m))
	for k, v := range m {
		if old, ok := r[v]; !ok || fmt.Sprint(k) < fmt.Sprint(old) {
			r[v] = k
		}
	}
	return r
}

func Put[M ~map[K]V, K comparable, V any](m M, k K, v V) M {
	if m == nil {
		m = make(M)
	}
	m[k] = v
	return m
}

func ByteSum[S ~string | ~[]byte](s S) (int, int) {
	n := 0
	for i := 0; i < len(s); i++ {
		n += int(s[i])
	}
	return n, len(s)
}

func Runes[S ~string](s S) (int, S) {
	n := 0
	for _, r := range s {
		n += int(r)
	}
	return n, s[:len(s)/2]
}

func At[S ~[4]int | ~[]int](s S, i int) int { return s[i] * len(s) }

func Round[C ~chan E, E any](c C, v E) (E, int) {
	c <- v
	n := len(c)
	return <-c, n
}

func Deref[P ~*E, E any](p P) E { return *p }

func Count[S ~[]E, E comparable](s S, x E) (n int) {
	for i := range s {
		if s[i] == x {
			n++
		}
	}
	return
}

func main() {`)
	for i := range 24 {
		xs := g.ints(g.in(2, 6), -9, 9)
		w := g.pick("héllo", "abc", "Go語", "x\xffy", "zz")
		switch g.n(10) {
		case 0:
			g.p("\t{\n\t\ts := Ints{%s}\n\t\tr := Rev(s)\n\t\tfmt.Printf(\"%d %%T %%v %%v %%d %%d %%v\\n\", r, r, Sum(r), len(r), cap(r), r.Sum())\n\t\tu := Rev([]int{%s})\n\t\tfmt.Printf(\"%%T %%v %%v\\n\", u, u, Sum(u))\n\t}", xs, i, xs)
		case 1:
			g.p("\t{\n\t\tf := Floats{%s}\n\t\tt := Tail(f)\n\t\tt[0] = %d.25\n\t\tfmt.Printf(\"%d %%T %%v %%v %%v\\n\", t, t, f, Sum(f))\n\t}", xs, g.in(-9, 9), i)
		case 2:
			g.p("\t{\n\t\ts := Ints{%s}\n\t\tg := Grow(s[:1], %d, %d)\n\t\tfmt.Printf(\"%d %%T %%v %%v %%d\\n\", g, g, s, Count(g, %d))\n\t}", xs, g.in(-3, 3), g.in(0, 4), i, g.in(-3, 3))
		case 3:
			g.p("\t{\n\t\td := Dict{\"a\": %d, \"b\": %d, \"c\": %d}\n\t\tfmt.Println(%d, Keys(d), Invert(d))\n\t\td = Put(d, %q, %d)\n\t\tvar nd Dict\n\t\tnd = Put(nd, \"n\", 1)\n\t\tfmt.Printf(\"%%T %%v %%T %%v\\n\", d, d, nd, nd)\n\t}", g.in(0, 3), g.in(0, 3), g.in(0, 3), i, g.pick("a", "q"), g.in(0, 9))
		case 4:
			g.p("\t{\n\t\ta, b := ByteSum(Str(%q))\n\t\tc, d := ByteSum(Raw(%q))\n\t\te, f := ByteSum(%q)\n\t\tfmt.Println(%d, a, b, c, d, e, f)\n\t}", w, w, w, i)
		case 5:
			g.p("\t{\n\t\tn, h := Runes(Str(%q))\n\t\tm, k := Runes(%q)\n\t\tfmt.Printf(\"%d %%v %%T %%q %%v %%T %%q\\n\", n, h, h, m, k, k)\n\t}", w, w, i)
		case 6:
			g.p("\t{\n\t\tq := Quad{%s}\n\t\tfmt.Println(%d, At(q, %d), At(q[:], %d), At([]int{1, 2}, 1), At([4]int{}, 3))\n\t}", g.ints(4, -9, 9), i, g.in(0, 3), g.in(0, 3))
		case 7:
			g.p("\t{\n\t\tc := make(IntCh, %d)\n\t\tc <- %d\n\t\tv, n := Round(c, %d)\n\t\ts, m := Round(make(chan string, 1), %q)\n\t\tfmt.Println(%d, v, n, s, m, len(c))\n\t}", g.in(2, 4), g.in(-9, 9), g.in(-9, 9), w, i)
		case 8:
			g.p("\t{\n\t\tx := %d\n\t\tvar p PInt = &x\n\t\ty := Deref(p)\n\t\tx++\n\t\tfmt.Println(%d, y, Deref(&x), *Deref(&p), *p)\n\t}", g.in(-9, 9), i)
		default:
			g.p("\t{\n\t\tss := [][]string{{%q}, {\"a\", \"b\"}, nil}\n\t\tfor _, s := range ss {\n\t\t\tr := Rev(s)\n\t\t\tfmt.Print(r, len(r), cap(r) >= len(r), r == nil, \" \")\n\t\t}\n\t\tfmt.Println(%d, Keys(map[float64]bool{%d: true, 0.5: false}))\n\t}", w, i, g.in(-9, 9))
		}
	}
	g.p("}")
}

// genIterCompose: pipelines of iterator adapters (filter, map, take,
// enumerate, concat, chunk) over a logging source whose defer reports when
// it ends and whether yield stopped it, consumed fully, with an early
// break, by a return from inside the loop, with a panic in the loop body
// or in an adapter's callback (recovered by the caller, after the
// iterators' defers ran), and by slices.Collect.
func genIterCompose(g *gen) {
	g.raw(`package main

import (
	"fmt"
	"iter"
	"slices"
)

func Src(name string, xs ...int) iter.Seq[int] {
	return func(yield func(int) bool) {
		defer fmt.Println("  src", name, "done")
		for _, x := range xs {
			if !yield(x) {
				fmt.Println("  src", name, "stopped at", x)
				return
			}
		}
	}
}

func Filter[T any](s iter.Seq[T], f func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range s {
			if f(v) && !yield(v) {
				return
			}
		}
	}
}

func Map[T, U any](s iter.Seq[T], f func(T) U) iter.Seq[U] {
	return func(yield func(U) bool) {
		s(func(v T) bool { return yield(f(v)) })
	}
}

func Take[T any](s iter.Seq[T], n int) iter.Seq[T] {
	return func(yield func(T) bool) {
		if n <= 0 {
			return
		}
		i := 0
		for v := range s {
			if !yield(v) {
				return
			}
			i++
			if i == n {
				return
			}
		}
	}
}

func Enumerate[T any](s iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range s {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Concat[T any](ss ...iter.Seq[T]) iter.Seq[T] {
	return func(yield func(T) bool) {
		for _, s := range ss {
			for v := range s {
				if !yield(v) {
					return
				}
			}
		}
	}
}

func Chunk[T any](s iter.Seq[T], n int) iter.Seq[[]T] {
	return func(yield func([]T) bool) {
		var buf []T
		for v := range s {
			buf = append(buf, v)
			if len(buf) == n {
				if !yield(buf) {
					return
				}
				buf = nil
			}
		}
		if len(buf) > 0 {
			yield(buf)
		}
	}
}

func odd(x int) bool    { return x%2 != 0 }
func sq(x int) int      { return x * x }
func neg(x int) int     { return -x }
func big(x int) bool    { return x > 3 || x < -3 }
func boom(x int) bool {
	if x == 7 {
		panic(fmt.Sprint("boom at ", x))
	}
	return true
}

var collect = slices.Collect[int]

func firstOver(s iter.Seq[int], lim int) (int, bool) {
	defer fmt.Println("  firstOver returns")
	for v := range s {
		if v > lim {
			return v, true
		}
	}
	return 0, false
}

func main() {`)
	for i := range 16 {
		n := g.in(0, 8)
		var xs []string
		for range n {
			xs = append(xs, fmt.Sprint(g.in(-9, 9)))
		}
		if g.pct(0.3) {
			xs = append(xs, "7")
		}
		src := fmt.Sprintf("Src(%q%s)", fmt.Sprint("s", i), prefixJoin(xs))
		pipe := src
		for range g.in(1, 3) {
			switch g.n(5) {
			case 0:
				pipe = fmt.Sprintf("Filter(%s, %s)", pipe, g.pick("odd", "big", "boom"))
			case 1:
				pipe = fmt.Sprintf("Map(%s, %s)", pipe, g.pick("sq", "neg"))
			case 2:
				pipe = fmt.Sprintf("Take(%s, %d)", pipe, g.in(0, 4))
			case 3:
				pipe = fmt.Sprintf("Concat(%s, Src(\"c%d\", %d, %d))", pipe, i, g.in(-9, 9), g.in(-9, 9))
			default:
				pipe = fmt.Sprintf("Filter(%s, func(x int) bool { return x != %d })", pipe, g.in(-3, 3))
			}
		}
		g.p("\tfmt.Println(\"case %d\")", i)
		g.p("\tfunc() {\n\t\tdefer func() {\n\t\t\tif r := recover(); r != nil {\n\t\t\t\tfmt.Println(\"  recovered\", r)\n\t\t\t}\n\t\t}()")
		switch g.n(6) {
		case 0:
			g.p("\t\tfor v := range %s {\n\t\t\tfmt.Println(\"  got\", v)\n\t\t}", pipe)
		case 1:
			g.p("\t\tfor j, v := range Enumerate(%s) {\n\t\t\tif j == %d {\n\t\t\t\tfmt.Println(\"  break\")\n\t\t\t\tbreak\n\t\t\t}\n\t\t\tfmt.Println(\"  got\", j, v)\n\t\t}", pipe, g.in(0, 3))
		case 2:
			g.p("\t\tfmt.Println(\"  first\", fmt.Sprint(firstOver(%s, %d)))", pipe, g.in(-3, 30))
		case 3:
			g.p("\t\tfor v := range %s {\n\t\t\tdefer fmt.Println(\"  deferred\", v)\n\t\t\tif v == %d {\n\t\t\t\tpanic(\"body panic\")\n\t\t\t}\n\t\t}", pipe, g.in(-9, 9))
		case 4:
			g.p("\t\tfor c := range Chunk(%s, %d) {\n\t\t\tfmt.Println(\"  chunk\", c, len(c))\n\t\t\tif len(c) < %d {\n\t\t\t\tbreak\n\t\t\t}\n\t\t}", pipe, g.in(1, 3), g.in(1, 3))
		default:
			g.p("\t\tfmt.Println(\"  collect\", %s(%s))", g.pick("slices.Collect", "collect"), pipe)
		}
		g.p("\t}()")
	}
	g.p("}")
}

func prefixJoin(xs []string) string {
	if len(xs) == 0 {
		return ""
	}
	return ", " + strings.Join(xs, ", ")
}

// genPromoted: method values and method expressions of methods promoted
// through embedded pointers and values at several depths: a method value
// of a value method copies the receiver when evaluated (through an
// embedded pointer too), one of a pointer method keeps the pointer,
// method expressions T.M and (*T).M of promoted methods, promoted methods
// of an embedded pointer that is nil (the value method's method value
// panics when evaluated, the pointer method's only when it dereferences),
// and interfaces satisfied through the embedded pointer.
func genPromoted(g *gen) {
	g.raw(`package main

import "fmt"

type Inner struct{ n int }

func (i Inner) V() int         { return i.n }
func (i *Inner) P(d int) int   { i.n += d; return i.n }
func (i *Inner) Safe() string {
	if i == nil {
		return "nil inner"
	}
	return fmt.Sprint("inner ", i.n)
}

type Mid struct {
	*Inner
	tag string
}

func (m Mid) Tag() string { return m.tag }

type Outer struct {
	Mid
	k int
}

type OuterP struct {
	*Mid
}

type Val struct {
	Inner
}

type VP interface {
	V() int
	P(int) int
}

func try(tag string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println(tag, "panic:", r)
		}
	}()
	f()
}

func main() {`)
	for i := range 24 {
		a, b, c := g.in(-9, 9), g.in(1, 9), g.in(1, 9)
		t := fmt.Sprintf("\"t%d\"", i)
		switch g.n(10) {
		case 0:
			g.p("\t{\n\t\to := Outer{Mid{&Inner{%d}, \"m\"}, 1}\n\t\tv := o.V\n\t\tp := o.P\n\t\to.n = %d\n\t\tfmt.Println(%s, v(), p(%d), o.V(), o.n)\n\t}", a, a+b, t, c)
		case 1:
			g.p("\t{\n\t\to := Outer{Mid{&Inner{%d}, \"m\"}, 1}\n\t\tfv := Outer.V\n\t\tfp := (*Outer).P\n\t\tft := Outer.Tag\n\t\tfmt.Println(%s, fv(o), fp(&o, %d), ft(o), Mid.P(o.Mid, %d), (*Mid).V(&o.Mid), o.n)\n\t\tfmt.Printf(\"%%T %%T\\n\", fv, fp)\n\t}", a, t, b, c)
		case 2:
			g.p("\t{\n\t\tvar o Outer\n\t\ttry(%s+\"v\", func() {\n\t\t\tv := o.V\n\t\t\tfmt.Println(\"bound\")\n\t\t\tfmt.Println(v())\n\t\t})\n\t\ttry(%s+\"s\", func() {\n\t\t\ts := o.Safe\n\t\t\tfmt.Println(\"bound\", s())\n\t\t})\n\t\ttry(%s+\"p\", func() {\n\t\t\tp := o.P\n\t\t\tfmt.Println(\"bound\")\n\t\t\tfmt.Println(p(1))\n\t\t})\n\t}", t, t, t)
		case 3:
			g.p("\t{\n\t\top := OuterP{&Mid{&Inner{%d}, \"q\"}}\n\t\tcp := op\n\t\tcp.P(%d)\n\t\tvar x VP = op\n\t\tvar y VP = cp\n\t\tfmt.Println(%s, op.V(), cp.V(), x.V(), y.P(%d), op.n, op.Tag())\n\t}", a, b, t, c)
		case 4:
			g.p("\t{\n\t\tv := Val{Inner{%d}}\n\t\tf := v.V\n\t\tg := v.P\n\t\tg(%d)\n\t\th := (&v).V\n\t\tv.n += %d\n\t\tfmt.Println(%s, f(), h(), v.V(), Val.V(v), (*Val).P(&v, 1))\n\t\tvar x VP = &v\n\t\t_, ok := any(v).(VP)\n\t\tfmt.Println(x.V(), ok)\n\t}", a, b, c, t)
		case 5:
			g.p("\t{\n\t\tms := []Mid{{&Inner{%d}, \"a\"}, {&Inner{%d}, \"b\"}}\n\t\tvar fs []func() int\n\t\tfor _, m := range ms {\n\t\t\tfs = append(fs, m.V)\n\t\t\tm.P(%d)\n\t\t}\n\t\tfor _, f := range fs {\n\t\t\tfmt.Print(f(), \" \")\n\t\t}\n\t\tfmt.Println(%s, ms[0].n, ms[1].n)\n\t}", a, b, c, t)
		case 6:
			g.p("\t{\n\t\tvs := []Val{{Inner{%d}}, {Inner{%d}}}\n\t\tvar fs []func(int) int\n\t\tfor j := range vs {\n\t\t\tfs = append(fs, vs[j].P)\n\t\t}\n\t\tfor _, f := range fs {\n\t\t\tf(%d)\n\t\t}\n\t\tfmt.Println(%s, vs)\n\t}", a, b, c, t)
		case 7:
			g.p("\t{\n\t\tm := map[string]Outer{\"x\": {Mid{&Inner{%d}, \"x\"}, 2}}\n\t\tm[\"x\"].P(%d)\n\t\tf := m[\"x\"].V\n\t\tm[\"x\"].Mid.Inner.n = %d\n\t\tfmt.Println(%s, f(), m[\"x\"].V(), m[\"x\"].Tag(), m[\"x\"].k)\n\t}", a, b, c, t)
		case 8:
			g.p("\t{\n\t\tvar i Inner\n\t\tmv := i.P\n\t\tmv(%d)\n\t\tmv(%d)\n\t\tmx := (*Inner).P\n\t\tmx(&i, %d)\n\t\tvar p *Inner\n\t\tfmt.Println(%s, i.n, p.Safe(), (*Inner).Safe(nil), Inner.V(i))\n\t}", a, b, c, t)
		default:
			g.p("\t{\n\t\to := &Outer{Mid{&Inner{%d}, \"z\"}, 3}\n\t\tvs := []func() int{o.V, o.Mid.V, o.Inner.V, (*o.Inner).V}\n\t\to.P(%d)\n\t\tfor _, f := range vs {\n\t\t\tfmt.Print(f(), \" \")\n\t\t}\n\t\tfmt.Println(%s, o.V())\n\t}", a, b, t)
		}
	}
	g.p("}")
}

// genValSem: value semantics of arrays and structs through interfaces,
// maps, channels and closures: storing in an interface copies (later
// changes of the variable are not seen, an asserted value is another
// copy), arrays read from a map are copies (changed and stored back),
// comparison of interfaces holding arrays and structs, pointers in
// interfaces sharing, sends copying, and struct fields of array type
// copied with the struct.
func genValSem(g *gen) {
	g.raw(`package main

import "fmt"

type P struct {
	X, Y int
	A    [3]int
}

func (p P) Bump() P  { p.X++; p.A[0]++; return p }
func (p *P) Inc()    { p.X++; p.A[2]++ }

type Grid [2][2]int

func main() {`)
	for i := range 24 {
		a, b, c := g.in(-9, 9), g.in(-9, 9), g.in(-9, 9)
		switch g.n(10) {
		case 0:
			g.p("\t{\n\t\tp := P{%d, %d, [3]int{%d}}\n\t\tvar x any = p\n\t\tp.X = 100\n\t\tp.A[1] = 7\n\t\tq := x.(P)\n\t\tq.A[0] = 55\n\t\tfmt.Println(%d, p, x, q, x == any(p), x.(P) == P{%d, %d, [3]int{%d}})\n\t}", a, b, c, i, a, b, c)
		case 1:
			g.p("\t{\n\t\tm := map[string][3]int{\"k\": {%d, %d, %d}}\n\t\tarr := m[\"k\"]\n\t\tarr[0] = 99\n\t\tfmt.Println(%d, m, arr)\n\t\tm[\"k\"] = arr\n\t\tarr[1] = 98\n\t\tm[\"new\"] = m[\"k\"]\n\t\tfmt.Println(m, m[\"none\"], len(m[\"none\"]))\n\t}", a, b, c, i)
		case 2:
			g.p("\t{\n\t\tarr := [2]P{{X: %d}, {X: %d}}\n\t\tfor _, v := range arr {\n\t\t\tv.X += 10\n\t\t\tv.Inc()\n\t\t}\n\t\tfor j := range arr {\n\t\t\tarr[j].Inc()\n\t\t}\n\t\ts := arr[:]\n\t\tb := arr\n\t\ts[0].Y = %d\n\t\tb[1].Y = 1000\n\t\tfmt.Println(%d, arr, b[0].Y, s[1].Y)\n\t}", a, b, c, i)
		case 3:
			g.p("\t{\n\t\tp := P{X: %d}\n\t\tvar x any = &p\n\t\tp.X = %d\n\t\tx.(*P).Inc()\n\t\tvar y any = p.Bump()\n\t\tfmt.Println(%d, p, *x.(*P), y, y == any(p), y == any(p.Bump()))\n\t}", a, b, i)
		case 4:
			g.p("\t{\n\t\tc := make(chan P, 2)\n\t\tp := P{%d, %d, [3]int{1, 2, 3}}\n\t\tc <- p\n\t\tp.A[0] = %d\n\t\tc <- p\n\t\tq, r := <-c, <-c\n\t\tq.Y = 0\n\t\tfmt.Println(%d, p, q, r, q == r)\n\t}", a, b, c, i)
		case 5:
			g.p("\t{\n\t\tg := Grid{{%d, %d}, {%d, 0}}\n\t\tm := map[Grid]string{g: \"first\"}\n\t\th := g\n\t\th[1][1] = %d\n\t\tm[h] = \"second\"\n\t\tg[0] = h[1]\n\t\tfmt.Println(%d, len(m), m[g], m[h], g, h, g == h)\n\t}", a, b, c, g.in(1, 9), i)
		case 6:
			g.p("\t{\n\t\tp := P{X: %d}\n\t\tget := func() P { return p }\n\t\tset := func(v int) { p.A[1] = v }\n\t\tq := get()\n\t\tset(%d)\n\t\tfmt.Println(%d, q, get(), p)\n\t}", a, b, i)
		case 7:
			g.p("\t{\n\t\tms := map[string]P{\"a\": {X: %d}}\n\t\ttmp := ms[\"a\"]\n\t\ttmp.Inc()\n\t\tfmt.Println(%d, ms[\"a\"], tmp)\n\t\tms[\"a\"] = tmp.Bump()\n\t\tmp := map[string]*P{\"a\": &tmp}\n\t\tmp[\"a\"].Inc()\n\t\tmp[\"a\"].A[1] = %d\n\t\tfmt.Println(ms[\"a\"], tmp, *mp[\"a\"])\n\t}", a, i, b)
		case 8:
			g.p("\t{\n\t\tarr := [3]int{%d, %d, %d}\n\t\txs := []any{arr, &arr, arr[:]}\n\t\tarr[0] = 0\n\t\tfmt.Println(%d, xs[0], *xs[1].(*[3]int), xs[2], xs[0] == any([3]int{%d, %d, %d}))\n\t}", a, b, c, i, a, b, c)
		default:
			g.p("\t{\n\t\ttype W struct {\n\t\t\tP\n\t\t\tG Grid\n\t\t}\n\t\tw := W{P{X: %d}, Grid{{%d}}}\n\t\tv := w\n\t\tv.Inc()\n\t\tv.G[0][0] = %d\n\t\tvar x fmt.Stringer\n\t\tfmt.Println(%d, w, v, w == v, x == nil)\n\t}", a, b, c, i)
		}
	}
	g.p("}")
}
