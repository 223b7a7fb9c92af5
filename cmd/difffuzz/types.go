package main

import (
	"fmt"
	"slices"
	"strings"
)

// genTypeSwitch: type switches and assertions over values of many types
// (named, pointer, interface, func, chan, nil), and interface comparison
// (which panics for uncomparable dynamic types).
func genTypeSwitch(g *gen) {
	vals := []string{"MyInt(3)", "MyInt(-1)", "3", "int8(3)", `"s"`, `MyStr("s")`, "Pt{1, 2}", "&Pt{1, 2}", "[]int{1}", "nil", "error(nil)",
		`errors.New("e")`, `MyErr{"x"}`, `&MyErr{"y"}`, "Stringy(4)", "[2]int{1, 2}", "map[string]int{}", "func() {}", "true", "3.5", "float32(3.5)",
		"Pt{}", "(*Pt)(nil)", "any(nil)", "struct{}{}", `[]byte("b")`, "'x'", "uint(7)", "complex(1, 2)", "Celsius(36.6)", "Alias(5)", "ch", "(chan int)(nil)",
		"Gen[int]{1}", "Gen[string]{\"g\"}", "fmt.Stringer(Stringy(2))", "uintptr(9)"}
	cases := []string{"int", "MyInt", "int8", "string", "MyStr", "Pt", "*Pt", "[]int", "error", "fmt.Stringer", "MyErr", "*MyErr", "Stringy",
		"[2]int", "map[string]int", "func()", "bool", "float64", "float32", "struct{}", "[]byte", "rune", "uint", "complex128", "Celsius",
		"interface{ Area() float64 }", "interface{ Error() string }", "chan int", "<-chan int", "Gen[int]", "Gen[string]", "interface{ Get() int }", "uintptr", "any", "comparable2"}
	g.p("package main\n\nimport (\n\t\"errors\"\n\t\"fmt\"\n)\n")
	g.p("type MyInt int\ntype MyStr string\ntype Pt struct{ X, Y int }\n\nfunc (p Pt) Area() float64 { return float64(p.X * p.Y) }\n")
	g.p("type MyErr struct{ m string }\n\nfunc (e MyErr) Error() string { return \"myerr:\" + e.m }\n")
	g.p("type Stringy int\n\nfunc (s Stringy) String() string { return fmt.Sprintf(\"S<%%d>\", int(s)) }\n")
	g.p("type Celsius float64\ntype Alias = MyInt\n\ntype Gen[T any] struct{ V T }\n\nfunc (g Gen[T]) Get() T { return g.V }\n\ntype comparable2 interface{ comparable }\n")
	g.p("func eq(a, b any) (res string) {\n\tdefer func() {\n\t\tif r := recover(); r != nil {\n\t\t\tres = fmt.Sprint(\"panic: \", r)\n\t\t}\n\t}()\n\treturn fmt.Sprint(a == b)\n}\n")
	g.p("func main() {\n\tch := make(chan int)")
	vs := g.sample(vals, 14)
	g.p("\tvals := []any{%s}", strings.Join(vs, ", "))
	g.p("\tfor i, v := range vals {\n\t\tswitch x := v.(type) {")
	var usable []string
	for _, c := range cases {
		if c != "comparable2" {
			usable = append(usable, c)
		}
	}
	cs := g.sample(usable, 10)
	hasAny := false
	for _, c := range cs {
		if c == "any" {
			hasAny = true
			continue
		}
		g.p("\t\tcase %s:\n\t\t\tfmt.Printf(\"%%d %s %%T\\n\", i, x)", c, strings.ReplaceAll(c, "%", ""))
	}
	if g.pct(0.3) {
		g.p("\t\tcase nil:\n\t\t\tfmt.Println(i, \"nil case\", x)")
	}
	if !hasAny && g.pct(0.5) && !slices.Contains(cs, "int") && !slices.Contains(cs, "string") {
		g.p("\t\tcase int, string:\n\t\t\tfmt.Printf(\"%%d multi %%T %%v\\n\", i, x, x)")
	}
	if hasAny {
		g.p("\t\tcase any:\n\t\t\tfmt.Printf(\"%%d any %%T\\n\", i, x)")
	} else {
		g.p("\t\tdefault:\n\t\t\tfmt.Printf(\"%%d default %%T\\n\", i, x)")
	}
	g.p("\t\t}")
	for _, c := range g.sample(usable, 5) {
		g.p("\t\tif y, ok := v.(%s); ok {\n\t\t\tfmt.Printf(\"%%d as %s %%T\\n\", i, y)\n\t\t}", c, c)
	}
	g.p("\t\tif _, isFunc := v.(func()); !isFunc && v != any(ch) {\n\t\t\tfmt.Printf(\"%%d %%v|%%+v|%%T\\n\", i, v, v, v)\n\t\t}\n\t}")
	for range 8 {
		a, b := g.n(len(vs)), g.n(len(vs))
		g.p("\tfmt.Println(\"eq\", %d, %d, eq(vals[%d], vals[%d]))", a, b, a, b)
	}
	g.p("\t_ = ch\n\t_ = errors.New\n}")
}

// genEmbed: method promotion through embedded values and pointers (nested),
// method sets of values and pointers against interfaces, shadowing methods.
func genEmbed(g *gen) {
	g.p("package main\n\nimport \"fmt\"\n\ntype Namer interface{ Name() string }\ntype Counter interface{ Inc() int }\ntype Both interface {\n\tNamer\n\tCounter\n}\n")
	var bases []string
	for i := range 4 {
		b := fmt.Sprintf("B%d", i)
		bases = append(bases, b)
		g.p("type %s struct {\n\tn   int\n\ttag string\n}\n", b)
		recv := func() string { return g.pick("b "+b, "b *"+b) }
		g.p("func (%s) Name() string { return fmt.Sprint(\"%s:\", b.tag, b.n) }\n", recv(), b)
		if g.pct(0.7) {
			g.p("func (%s) Inc() int {\n\tb.n++\n\treturn b.n\n}\n", recv())
		}
	}
	type comp struct {
		name   string
		fields []string
	}
	var comps []comp
	for i := range 5 {
		c := fmt.Sprintf("C%d", i)
		pool := append([]string{}, bases...)
		for _, x := range comps {
			pool = append(pool, x.name)
		}
		var fields []string
		for _, x := range g.sample(pool, g.in(1, 2)) {
			fields = append(fields, g.pick("", "*")+x)
		}
		if g.pct(0.3) {
			fields = append(fields, "tag string")
		}
		g.p("type %s struct {\n\t%s\n}\n", c, strings.Join(fields, "\n\t"))
		if g.pct(0.3) {
			g.p("func (c %s%s) Name() string { return \"%s-own\" }\n", g.pick("", "*"), c, c)
		}
		comps = append(comps, comp{c, fields})
	}
	g.p("func try(f func()) {\n\tdefer func() {\n\t\tif p := recover(); p != nil {\n\t\t\tfmt.Println(\"panic:\", p)\n\t\t}\n\t}()\n\tf()\n}\n")
	var ctor func(c string) string
	ctor = func(c string) string {
		for _, x := range comps {
			if x.name != c {
				continue
			}
			var parts []string
			for _, f := range x.fields {
				if f == "tag string" {
					parts = append(parts, fmt.Sprintf("tag: %q", c))
					continue
				}
				t := strings.TrimPrefix(f, "*")
				inner := fmt.Sprintf("%s{%d, %q}", t, g.in(0, 5), t)
				if strings.HasPrefix(t, "C") {
					inner = ctor(t)
				}
				amp := ""
				if strings.HasPrefix(f, "*") {
					amp = "&"
				}
				parts = append(parts, fmt.Sprintf("%s: %s%s", t, amp, inner))
			}
			return fmt.Sprintf("%s{%s}", c, strings.Join(parts, ", "))
		}
		panic("no comp " + c)
	}
	g.p("func main() {")
	for i, c := range comps {
		g.p("\tv%d := %s\n\tp%d := &v%d", i, ctor(c.name), i, i)
		for _, cand := range []string{"Namer", "Counter", "Both"} {
			for _, w := range []string{"v", "p"} {
				g.p("\tif _, ok := any(%s%d).(%s); ok {\n\t\tfmt.Println(\"%s%d is %s\")\n\t}", w, i, cand, w, i, cand)
			}
		}
	}
	for k := range 25 {
		i := g.n(len(comps))
		w := g.pick("v", "p")
		op, res := "Name", "string"
		if g.pct(0.5) {
			op, res = "Inc", "int"
		}
		g.p("\ttry(func() {\n\t\tif x, ok := any(%s%d).(interface{ %s() %s }); ok {\n\t\t\tfmt.Println(%d, x.%s())\n\t\t}\n\t})", w, i, op, res, k, op)
		g.p("\ttry(func() {\n\t\tvar b []Namer\n\t\tfor _, v := range []any{v%d, p%d} {\n\t\t\tif n, ok := v.(Namer); ok {\n\t\t\t\tb = append(b, n)\n\t\t\t}\n\t\t}\n\t\tfor _, n := range b {\n\t\t\tfmt.Println(%d, n.Name())\n\t\t}\n\t})", i, i, k)
	}
	for i := range comps {
		g.p("\t_, _ = v%d, p%d", i, i)
	}
	g.p("}")
}

// genGenerics: generic functions with constraints (cmp.Ordered, ~int type
// sets, comparable, methods in constraints), inference and explicit
// instantiation, generic types with methods, over several type arguments.
func genGenerics(g *gen) {
	g.p(`package main

import (
	"cmp"
	"fmt"
	"strings"
)

type Number interface {
	~int | ~int8 | ~int64 | ~uint16 | ~float32 | ~float64
}

type MyInt int

func (m MyInt) String() string { return fmt.Sprintf("MyInt(%%d)", int(m)) }

type Score float64

func Sum[T Number](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Filter[S ~[]E, E any](s S, keep func(E) bool) S {
	var out S
	for _, e := range s {
		if keep(e) {
			out = append(out, e)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, acc A, f func(A, T) A) A {
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func MaxOf[T cmp.Ordered](a T, rest ...T) T {
	for _, r := range rest {
		if r > a {
			a = r
		}
	}
	return a
}

func Index[T comparable](xs []T, x T) int {
	for i, y := range xs {
		if y == x {
			return i
		}
	}
	return -1
}

func Join[T fmt.Stringer](xs []T, sep string) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, x.String())
	}
	return strings.Join(parts, sep)
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }

func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}

func (s Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Swap() Pair[string, K] { return Pair[string, K]{fmt.Sprint(p.Val), p.Key} }

type List[T any] struct {
	head *node[T]
	size int
}

type node[T any] struct {
	v    T
	next *node[T]
}

func (l *List[T]) Add(v T) {
	l.head = &node[T]{v, l.head}
	l.size++
}

func (l *List[T]) All() []T {
	var out []T
	for n := l.head; n != nil; n = n.next {
		out = append(out, n.v)
	}
	return out
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T) bool {
	if _, ok := s[v]; ok {
		return false
	}
	s[v] = struct{}{}
	return true
}

func Zero[T any]() (z T) { return }

func Ptr[T any](v T) *T { return &v }
`)
	type ty struct{ name, lit string }
	nums := []ty{{"int", "%d"}, {"int8", "%d"}, {"int64", "%d"}, {"uint16", "%d"}, {"float64", "%d.5"}, {"float32", "%d.25"}, {"MyInt", "%d"}, {"Score", "%d.5"}}
	ord := append(append([]ty{}, nums...), ty{"string", "\"s%d\""})
	lit := func(t ty) string {
		v := g.in(-20, 20)
		if t.name == "uint16" {
			v = g.in(0, 40)
		}
		if t.name == "int8" {
			v = g.in(-10, 10)
		}
		l := fmt.Sprintf(t.lit, v)
		if t.name == "string" {
			return l
		}
		return t.name + "(" + l + ")"
	}
	lits := func(t ty, n int) string {
		var s []string
		for range n {
			s = append(s, lit(t))
		}
		return strings.Join(s, ", ")
	}
	g.p("func main() {")
	for i := range 30 {
		switch k := g.r.Float64(); {
		case k < 0.12:
			t := nums[g.n(len(nums))]
			if g.pct(0.5) {
				g.p("\tfmt.Println(%d, Sum(%s))", i, lits(t, g.in(1, 4)))
			} else {
				g.p("\tfmt.Printf(\"%d %%v %%T\\n\", Sum[%s](%s), Sum[%s]())", i, t.name, lits(t, g.in(0, 3)), t.name)
			}
		case k < 0.24:
			t := ord[g.n(len(ord))]
			g.p("\tfmt.Println(%d, MaxOf(%s), min(%s), Index([]%s{%s}, %s))", i, lits(t, g.in(1, 4)), lits(t, g.in(1, 3)), t.name, lits(t, 4), lit(t))
		case k < 0.36:
			t := nums[g.n(len(nums))]
			g.p("\t{\n\t\txs := []%s{%s}\n\t\tys := Map(xs, func(x %s) string { return fmt.Sprint(x * 2) })\n\t\tzs := Filter(xs, func(x %s) bool { return x > %s })\n\t\tfmt.Println(%d, ys, zs, len(zs), Reduce(xs, %s, func(a string, x %s) string { return a + fmt.Sprint(x) }))\n\t}", t.name, lits(t, g.in(0, 5)), t.name, t.name, lit(t), i, "\"<\"", t.name)
		case k < 0.48:
			t := ord[g.n(len(ord))]
			g.p("\t{\n\t\tvar s Stack[%s]\n\t\tfor _, v := range []%s{%s} {\n\t\t\ts.Push(v)\n\t\t}\n\t\tv, ok := s.Pop()\n\t\tfmt.Println(%d, v, ok, s.Len(), s.items)\n\t\tfor s.Len() > 0 {\n\t\t\ts.Pop()\n\t\t}\n\t\tv, ok = s.Pop()\n\t\tfmt.Printf(\"%%v %%v %%T\\n\", v, ok, s)\n\t}", t.name, t.name, lits(t, g.in(0, 4)), i)
		case k < 0.58:
			a, b := ord[g.n(len(ord))], ord[g.n(len(ord))]
			g.p("\t{\n\t\tp := Pair[%s, %s]{%s, %s}\n\t\tq := p.Swap()\n\t\tfmt.Printf(\"%d %%v %%+v %%T %%T\\n\", p, q, q, Pair[%s, []%s]{})\n\t}", a.name, b.name, lit(a), lit(b), i, b.name, a.name)
		case k < 0.68:
			t := ord[g.n(len(ord))]
			g.p("\t{\n\t\tvar l List[%s]\n\t\tfor _, v := range []%s{%s} {\n\t\t\tl.Add(v)\n\t\t}\n\t\tfmt.Println(%d, l.All(), l.size)\n\t}", t.name, t.name, lits(t, g.in(0, 4)), i)
		case k < 0.78:
			t := ord[g.n(len(ord))]
			g.p("\t{\n\t\ts := Set[%s]{}\n\t\tvar added []bool\n\t\tfor _, v := range []%s{%s} {\n\t\t\tadded = append(added, s.Add(v))\n\t\t}\n\t\tfmt.Println(%d, added, len(s))\n\t}", t.name, t.name, lits(t, g.in(1, 5)), i)
		case k < 0.86:
			t := ord[g.n(len(ord))]
			g.p("\tfmt.Printf(\"%d %%v %%T %%v\\n\", Zero[%s](), Zero[[]%s](), *Ptr(%s))", i, t.name, t.name, lit(t))
		case k < 0.93:
			g.p("\tfmt.Println(%d, Join([]MyInt{%s}, %q))", i, lits(nums[6], g.in(0, 4)), g.pick(",", " | ", ""))
		default:
			t := nums[g.n(len(nums))]
			g.p("\t{\n\t\tf := Sum[%s]\n\t\tm := Map[%s, %s]\n\t\tfmt.Println(%d, f(%s), m([]%s{%s}, func(x %s) %s { return x + 1 }))\n\t}", t.name, t.name, t.name, i, lits(t, 2), t.name, lits(t, 2), t.name, t.name)
		}
	}
	g.p("}")
}
