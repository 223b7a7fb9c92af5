package eval

// Table-driven tests of the notebook rule "the newest declaration of a name
// wins everywhere" (README "Cells are like Python cells", decls.go
// redefined): each scenario runs a sequence of cells, as a student who
// edits a cell and runs it again, then a check cell; what the check prints
// must be what a fresh session prints when it runs the final declarations
// once (computed here, in a new session), or, where that cannot be the
// rule, the stated output. The declarations the session keeps
// (Declarations, what a kernel restart replays) must give the same output
// when loaded into another fresh session.

import (
	"fmt"
	"strings"
	"testing"

	"github.com/gonotes/gonotes/lib/hook"
)

// Cell prefixes of rerunCase.cells: the cell must fail to compile, fail
// at run time (a panic), or be interrupted (it prints "started" when it
// blocks).
const (
	rrFail  = "!fail\n"
	rrPanic = "!panic\n"
	rrIntr  = "!intr\n"
)

type rerunCase struct {
	name  string
	cells []string // run in order; a prefix above says how a cell must end
	// final is the notebook's final declarations, run once in a fresh
	// session to compute the expected output of check; nil when want
	// states it.
	final []string
	want  string // the expected output of check when final is nil
	check string // the cell whose output (stdout and value) is compared
	// note is a text the kernel's notes (stderr of the cells) must hold;
	// empty: the cells write nothing to stderr.
	note string
	// noReplay: check uses state that statements built, which a replay
	// of Declarations leaves out by design.
	noReplay bool
}

const rrImports = `import (
	"container/list"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"text/template"

	"github.com/gonotes/gonotes/lib/threading"
)
var _, _, _, _, _ = list.New, json.Marshal, errors.New, http.StatusOK, httptest.NewRecorder
var _, _, _, _ = sort.Ints, strings.ToUpper, template.New, threading.CurrentThread
`

// rrOutput is what a user sees of a check cell.
func rrOutput(c *cell) string {
	return c.stdout.String() + "=> " + c.text()
}

func rrRun(t *testing.T, ts *tsession, code string) *cell {
	t.Helper()
	switch {
	case strings.HasPrefix(code, rrFail):
		c, _ := ts.fails(strings.TrimPrefix(code, rrFail))
		return c
	case strings.HasPrefix(code, rrPanic):
		c := ts.run(strings.TrimPrefix(code, rrPanic))
		if c.err == nil {
			t.Fatalf("cell %q did not fail", code)
		}
		return c
	case strings.HasPrefix(code, rrIntr):
		c, _ := ts.interrupt(strings.TrimPrefix(code, rrIntr))
		return c
	}
	return ts.ok(code)
}

var rerunCases = []rerunCase{
	{
		name:  "func/callers",
		cells: []string{"func f() int { return 1 }\nfunc g() int { return f() * 10 }", "func f() int { return 2 }"},
		final: []string{"func f() int { return 2 }\nfunc g() int { return f() * 10 }"},
		check: "g()",
	},
	{
		name:  "func/transitive",
		cells: []string{"func f() int { return 1 }\nfunc g() int { return f() + 1 }\nfunc h() int { return g() * 10 }", "func f() int { return 5 }\nfmt.Println(h())"},
		final: []string{"func f() int { return 5 }\nfunc g() int { return f() + 1 }\nfunc h() int { return g() * 10 }"},
		check: "h()",
	},
	{
		name:  "func/recursive",
		cells: []string{"func fact(n int) int { if n < 2 { return 1 }; return n * fact(n-1) }\nfunc use() int { return fact(4) }", "func fact(n int) int { if n < 2 { return 2 }; return n * fact(n-1) }"},
		final: []string{"func fact(n int) int { if n < 2 { return 2 }; return n * fact(n-1) }\nfunc use() int { return fact(4) }"},
		check: "use()",
	},
	{
		name:  "func/closure created after",
		cells: []string{"func f() string { return \"old\" }\nfunc mk() func() string { return func() string { return f() } }", "func f() string { return \"new\" }"},
		final: []string{"func f() string { return \"new\" }\nfunc mk() func() string { return func() string { return f() } }"},
		check: "mk()()",
	},
	{
		name:  "func/func value in a func's map",
		cells: []string{"func f() int { return 1 }\nfunc table() map[string]func() int { return map[string]func() int{\"f\": f} }", "func f() int { return 7 }"},
		final: []string{"func f() int { return 7 }\nfunc table() map[string]func() int { return map[string]func() int{\"f\": f} }"},
		check: "table()[\"f\"]()",
	},
	{
		name:  "func/goroutine started after",
		cells: []string{"func f() int { return 1 }\nfunc worker(ch chan int) { ch <- f() }", "func f() int { return 3 }"},
		final: []string{"func f() int { return 3 }\nfunc worker(ch chan int) { ch <- f() }"},
		check: "ch := make(chan int)\ngo worker(ch)\n<-ch",
	},
	{
		name:  "func/threading Target named after",
		cells: []string{"var got []string\nfunc work() { got = append(got, \"v1\") }", "func work() { got = append(got, \"v2\") }"},
		final: []string{"var got []string\nfunc work() { got = append(got, \"v2\") }"},
		check: "th := &threading.Thread{Target: work}\nth.Start()\nth.Join()\nfmt.Println(got)",
	},
	{
		name:  "func/sort.Slice less",
		cells: []string{"func less(a, b int) bool { return a < b }\nfunc sorted(xs []int) []int { sort.Slice(xs, func(i, j int) bool { return less(xs[i], xs[j]) }); return xs }", "func less(a, b int) bool { return a > b }"},
		final: []string{"func less(a, b int) bool { return a > b }\nfunc sorted(xs []int) []int { sort.Slice(xs, func(i, j int) bool { return less(xs[i], xs[j]) }); return xs }"},
		check: "fmt.Println(sorted([]int{3, 1, 2}))",
	},
	{
		name:  "func/http.HandlerFunc",
		cells: []string{"func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, \"hello v1\") }", "func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, \"hello v2\") }"},
		final: []string{"func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, \"hello v2\") }"},
		check: "rec := httptest.NewRecorder()\nhttp.HandlerFunc(hello).ServeHTTP(rec, httptest.NewRequest(\"GET\", \"/\", nil))\nfmt.Println(rec.Body.String())",
	},
	{
		name:  "func/http handler in a mux built by a func",
		cells: []string{"func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, \"v1\") }\nfunc mux() *http.ServeMux { m := http.NewServeMux(); m.HandleFunc(\"/\", hello); return m }", "func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, \"v2\") }"},
		final: []string{"func hello(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, \"v2\") }\nfunc mux() *http.ServeMux { m := http.NewServeMux(); m.HandleFunc(\"/\", hello); return m }"},
		check: "rec := httptest.NewRecorder()\nmux().ServeHTTP(rec, httptest.NewRequest(\"GET\", \"/\", nil))\nfmt.Println(rec.Body.String())",
	},
	{
		name:  "func/template FuncMap",
		cells: []string{"func up(s string) string { return strings.ToUpper(s) }\nfunc render(s string) string { var b strings.Builder; template.Must(template.New(\"\").Funcs(template.FuncMap{\"up\": up}).Parse(\"{{up .}}\")).Execute(&b, s); return b.String() }", "func up(s string) string { return strings.ToUpper(s) + \"!\" }"},
		final: []string{"func up(s string) string { return strings.ToUpper(s) + \"!\" }\nfunc render(s string) string { var b strings.Builder; template.Must(template.New(\"\").Funcs(template.FuncMap{\"up\": up}).Parse(\"{{up .}}\")).Execute(&b, s); return b.String() }"},
		check: "render(\"hi\")",
	},
	{
		name:  "func/signature changed, caller no longer compiles",
		cells: []string{"func f() int { return 1 }\nfunc g() int { return f() + 1 }", "func f() string { return \"s\" }"},
		want:  "2 s\n=> ",
		check: "fmt.Println(g(), f())",
		note:  "func g (cell[2]) uses a redefined name and no longer compiles",
		// The replay has the new f and no g.
		noReplay: true,
	},
	{
		name:  "func/generic func calls a func declared again",
		cells: []string{"func f(x int) int { return x + 1 }\nfunc Map[T any](xs []T, fn func(T) T) []T { for i := range xs { xs[i] = fn(xs[i]) }; return xs }\nfunc run() []int { return Map([]int{1, 2}, f) }", "func f(x int) int { return x * 10 }"},
		final: []string{"func f(x int) int { return x * 10 }\nfunc Map[T any](xs []T, fn func(T) T) []T { for i := range xs { xs[i] = fn(xs[i]) }; return xs }\nfunc run() []int { return Map([]int{1, 2}, f) }"},
		check: "fmt.Println(run())",
	},
	{
		name:  "func/generic func declared again",
		cells: []string{"func Sum[T int | float64](xs ...T) T { var s T; for _, x := range xs { s += x }; return s }\nfunc total() int { return Sum(1, 2, 3) }", "func Sum[T int | float64](xs ...T) T { var s T = 100; for _, x := range xs { s += x }; return s }"},
		final: []string{"func Sum[T int | float64](xs ...T) T { var s T = 100; for _, x := range xs { s += x }; return s }\nfunc total() int { return Sum(1, 2, 3) }"},
		check: "fmt.Println(total(), Sum(1.5))",
	},
	{
		name:  "func/generic func calls a generic func declared again",
		cells: []string{"func id[T any](x T) T { return x }\nfunc twice[T any](x T) []T { return []T{id(x), id(x)} }", "func id[T any](x T) T { var z T; return z }"},
		final: []string{"func id[T any](x T) T { var z T; return z }\nfunc twice[T any](x T) []T { return []T{id(x), id(x)} }"},
		check: "fmt.Println(twice(5), twice(\"a\"))",
	},
	{
		name:  "method/interpreted callers",
		cells: []string{"type T struct{ n int }\nfunc (t T) M() string { return fmt.Sprint(\"m1 \", t.n) }\nfunc use(t T) string { return t.M() }", "func (t T) M() string { return fmt.Sprint(\"m2 \", t.n) }"},
		final: []string{"type T struct{ n int }\nfunc (t T) M() string { return fmt.Sprint(\"m2 \", t.n) }\nfunc use(t T) string { return t.M() }"},
		check: "fmt.Println(use(T{1}), T{2}.M())",
	},
	{
		name:  "method/method value taken after",
		cells: []string{"type T struct{ n int }\nfunc (t T) M() int { return t.n }", "func (t T) M() int { return t.n * 100 }"},
		final: []string{"type T struct{ n int }\nfunc (t T) M() int { return t.n * 100 }"},
		check: "m := T{3}.M\ne := T.M\nfmt.Println(m(), e(T{4}))",
	},
	{
		name:  "method/calls another method declared again",
		cells: []string{"type T struct{}\nfunc (T) A() string { return \"a\" + T{}.B() }\nfunc (T) B() string { return \"b1\" }", "func (T) B() string { return \"b2\" }"},
		final: []string{"type T struct{}\nfunc (T) A() string { return \"a\" + T{}.B() }\nfunc (T) B() string { return \"b2\" }"},
		check: "T{}.A()",
	},
	{
		name:  "method/fmt String",
		cells: []string{"type T struct{ n int }\nfunc (t T) String() string { return fmt.Sprint(\"s1:\", t.n) }", "fmt.Println(T{1})", "func (t T) String() string { return fmt.Sprint(\"s2:\", t.n) }"},
		final: []string{"type T struct{ n int }\nfunc (t T) String() string { return fmt.Sprint(\"s2:\", t.n) }"},
		check: "fmt.Println(T{1}, []T{{2}}, fmt.Sprintf(\"%v|%s\", T{3}, &T{4}))",
	},
	{
		name:  "method/pointer receiver String",
		cells: []string{"type P struct{ n int }\nfunc (p *P) String() string { return fmt.Sprint(\"p1:\", p.n) }", "fmt.Println(&P{1})", "func (p *P) String() string { return fmt.Sprint(\"p2:\", p.n) }"},
		final: []string{"type P struct{ n int }\nfunc (p *P) String() string { return fmt.Sprint(\"p2:\", p.n) }"},
		check: "fmt.Println(&P{1}, P{2})",
	},
	{
		name:  "method/pointer receiver, interpreted",
		cells: []string{"type C struct{ n int }\nfunc (c *C) Inc() { c.n++ }\nfunc bump(c *C) int { c.Inc(); c.Inc(); return c.n }", "func (c *C) Inc() { c.n += 10 }"},
		final: []string{"type C struct{ n int }\nfunc (c *C) Inc() { c.n += 10 }\nfunc bump(c *C) int { c.Inc(); c.Inc(); return c.n }"},
		check: "bump(&C{})",
	},
	{
		name:     "method/value made before in []fmt.Stringer and a list",
		cells:    []string{"type S struct{ v int }\nfunc (s S) String() string { return fmt.Sprint(\"s1:\", s.v) }", "held := []fmt.Stringer{S{1}}\nl := list.New()\nl.PushBack(S{2})", "func (s S) String() string { return fmt.Sprint(\"s2:\", s.v) }"},
		want:     "[s2:1] s2:2\n=> ",
		check:    "fmt.Println(held, l.Front().Value)",
		noReplay: true,
	},
	{
		name:  "method/sort.Sort Less",
		cells: []string{"type byN []int\nfunc (b byN) Len() int { return len(b) }\nfunc (b byN) Less(i, j int) bool { return b[i] < b[j] }\nfunc (b byN) Swap(i, j int) { b[i], b[j] = b[j], b[i] }", "x := byN{2, 3, 1}\nsort.Sort(x)", "func (b byN) Less(i, j int) bool { return b[i] > b[j] }"},
		final: []string{"type byN []int\nfunc (b byN) Len() int { return len(b) }\nfunc (b byN) Less(i, j int) bool { return b[i] > b[j] }\nfunc (b byN) Swap(i, j int) { b[i], b[j] = b[j], b[i] }"},
		check: "y := byN{2, 3, 1}\nsort.Sort(y)\nfmt.Println(y)",
	},
	{
		name:  "method/json Marshaler",
		cells: []string{"type J struct{ N int }\nfunc (j J) MarshalJSON() ([]byte, error) { return []byte(`\"v1\"`), nil }", "json.Marshal(J{})", "func (j J) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`{\"v2\":%d}`, j.N)), nil }"},
		final: []string{"type J struct{ N int }\nfunc (j J) MarshalJSON() ([]byte, error) { return []byte(fmt.Sprintf(`{\"v2\":%d}`, j.N)), nil }"},
		check: "b, err := json.Marshal(map[string]any{\"a\": J{3}, \"b\": []J{{4}}})\nfmt.Println(string(b), err)",
	},
	{
		name:  "method/error type wrapped by fmt.Errorf",
		cells: []string{"type E struct{ c int }\nfunc (e E) Error() string { return fmt.Sprint(\"e1:\", e.c) }\nfunc mk() error { return E{1} }", "fmt.Println(mk())", "func (e E) Error() string { return fmt.Sprint(\"e2:\", e.c) }"},
		final: []string{"type E struct{ c int }\nfunc (e E) Error() string { return fmt.Sprint(\"e2:\", e.c) }\nfunc mk() error { return E{1} }"},
		check: "w := fmt.Errorf(\"wrap: %w\", mk())\nvar e E\nfmt.Println(w, errors.As(w, &e), e)",
	},
	{
		name:  "method/generic type's method",
		cells: []string{"type Box[T any] struct{ v T }\nfunc (b Box[T]) Get() T { return b.v }\nfunc getInt(b Box[int]) int { return b.Get() }", "func (b Box[T]) Get() T { var z T; return z }"},
		final: []string{"type Box[T any] struct{ v T }\nfunc (b Box[T]) Get() T { var z T; return z }\nfunc getInt(b Box[int]) int { return b.Get() }"},
		check: "fmt.Println(getInt(Box[int]{5}), Box[string]{\"x\"}.Get() == \"\")",
	},
	{
		name:  "method/generic func with a Stringer constraint",
		cells: []string{"type N int\nfunc (n N) String() string { return fmt.Sprint(\"n1=\", int(n)) }\nfunc Show[T fmt.Stringer](x T) string { return x.String() }", "func (n N) String() string { return fmt.Sprint(\"n2=\", int(n)) }"},
		final: []string{"type N int\nfunc (n N) String() string { return fmt.Sprint(\"n2=\", int(n)) }\nfunc Show[T fmt.Stringer](x T) string { return x.String() }"},
		check: "fmt.Println(Show(N(1)), N(2))",
	},
	{
		name:  "method/promoted through an embedded struct",
		cells: []string{"type Base struct{ id int }\nfunc (b Base) Hi() string { return fmt.Sprint(\"hi1 \", b.id) }\ntype D struct{ Base }\nfunc greet(d D) string { return d.Hi() }", "func (b Base) Hi() string { return fmt.Sprint(\"hi2 \", b.id) }"},
		final: []string{"type Base struct{ id int }\nfunc (b Base) Hi() string { return fmt.Sprint(\"hi2 \", b.id) }\ntype D struct{ Base }\nfunc greet(d D) string { return d.Hi() }"},
		check: "var x any = D{Base{2}}\nfmt.Println(greet(D{Base{1}}), x.(interface{ Hi() string }).Hi())",
	},
	{
		name:  "method/promoted String through an embedded struct",
		cells: []string{"type Base struct{ id int }\nfunc (b Base) String() string { return fmt.Sprint(\"b1#\", b.id) }\ntype D struct{ Base }", "fmt.Println(D{Base{1}})", "func (b Base) String() string { return fmt.Sprint(\"b2#\", b.id) }"},
		final: []string{"type Base struct{ id int }\nfunc (b Base) String() string { return fmt.Sprint(\"b2#\", b.id) }\ntype D struct{ Base }"},
		check: "fmt.Println(D{Base{1}}, &D{Base{2}})",
	},
	{
		name:  "method/moved from value to pointer receiver",
		cells: []string{"type V struct{ n int }\nfunc (v V) Get() int { return v.n }", "func (v *V) Get() int { return v.n + 100 }"},
		final: []string{"type V struct{ n int }\nfunc (v *V) Get() int { return v.n + 100 }"},
		check: "_, ok := any(V{}).(interface{ Get() int })\n_, okp := any(&V{}).(interface{ Get() int })\nfmt.Println(ok, okp, (&V{1}).Get())",
	},
	{
		name:  "method/moved from pointer to value receiver",
		cells: []string{"type V struct{ n int }\nfunc (v *V) Get() int { return v.n }", "func (v V) Get() int { return v.n + 100 }"},
		final: []string{"type V struct{ n int }\nfunc (v V) Get() int { return v.n + 100 }"},
		check: "_, ok := any(V{}).(interface{ Get() int })\nfmt.Println(ok, V{1}.Get(), (&V{2}).Get())",
	},
	{
		name:  "const/used by funcs",
		cells: []string{"const N = 3\nfunc times(x int) int { return x * N }", "const N = 5"},
		final: []string{"const N = 5\nfunc times(x int) int { return x * N }"},
		check: "times(2)",
	},
	{
		name:  "const/array length of a type",
		cells: []string{"const N = 2\ntype A [N]int\nfunc size() int { return len(A{}) }", "const N = 4"},
		final: []string{"const N = 4\ntype A [N]int\nfunc size() int { return len(A{}) }"},
		check: "fmt.Println(size(), len(A{}))",
	},
	{
		name:  "var/used by funcs and methods",
		cells: []string{"var greeting = \"hello\"\ntype G struct{}\nfunc (G) Say() string { return greeting }\nfunc say() string { return greeting + \"!\" }", "var greeting = \"salut\""},
		final: []string{"var greeting = \"salut\"\ntype G struct{}\nfunc (G) Say() string { return greeting }\nfunc say() string { return greeting + \"!\" }"},
		check: "fmt.Println(say(), G{}.Say())",
	},
	{
		name:  "var/a func-typed var declared again",
		cells: []string{"var op = func(a, b int) int { return a + b }\nfunc apply() int { return op(3, 4) }", "var op = func(a, b int) int { return a * b }"},
		final: []string{"var op = func(a, b int) int { return a * b }\nfunc apply() int { return op(3, 4) }"},
		check: "apply()",
	},
	{
		name:  "var/x := expr at the top level",
		cells: []string{"x := 1\nfunc getX() int { return x }", "x := 2"},
		final: []string{"x := 2\nfunc getX() int { return x }"},
		check: "getX()",
	},
	{
		name:  "var/x := expr with another type",
		cells: []string{"x := 1\nfunc next() int { return x + 1 }", "x := \"s\""},
		want:  "2 s\n=> ",
		check: "fmt.Println(next(), x)",
		note:  "func next (cell[2]) uses a redefined name and no longer compiles",
		// The replay has x = "s" and no next.
		noReplay: true,
	},
	{
		name:  "var/x := x + 1 reads the earlier x",
		cells: []string{"x := 1", "x := x + 1\nfmt.Println(x)"},
		final: []string{"x := 2"},
		check: "x",
	},
	{
		name:  "var/s := append(s, 4)",
		cells: []string{"s := []int{1, 2, 3}", "s := append(s, 4)"},
		final: []string{"s := []int{1, 2, 3, 4}"},
		check: "fmt.Println(s, len(s))",
	},
	{
		name:  "var/x := strconv.Itoa(x): another type",
		cells: []string{"x := 41", "x := strconv.Itoa(x + 1)"},
		final: []string{"x := \"42\""},
		check: "x + \"!\"",
	},
	{
		name:  "var/x := x * 2 after statements of the cell",
		cells: []string{"var n int64 = 10", "fmt.Println(n)\nn := n * 2\nn := n + 1\nfmt.Println(n)"},
		final: []string{"var n int64 = 21"},
		check: "fmt.Printf(\"%T %v\\n\", n, n)",
	},
	{
		name:  "var/a, b := b, a",
		cells: []string{"a, b := 1, \"two\"", "a, b := b, a"},
		final: []string{"a, b := \"two\", 1"},
		check: "fmt.Println(a, b)",
	},
	{
		name:  "var/q := q * 10 read by a func",
		cells: []string{"q := 3\nfunc getq() int { return q }", "q := q * 10\nfmt.Println(getq())"},
		final: []string{"q := 30\nfunc getq() int { return q }"},
		check: "getq()",
	},
	{
		name:  "var/m, err := f(m) with err declared before",
		cells: []string{"func bump(m map[string]int) (map[string]int, error) { m[\"k\"]++; return m, nil }\nm := map[string]int{\"k\": 1}\nvar err error", "m, err := bump(m)"},
		want:  "map[k:2] <nil>\n=> ",
		check: "fmt.Println(m, err)",
		// bump's call is not replayed.
		noReplay: true,
	},
	{
		name:  "var/t, err := t.Parse(...) with err declared before",
		cells: []string{"t := template.New(\"a\")\nvar err error", "t, err := t.Parse(\"v={{.}}\")"},
		want:  "v=5 <nil>\n=> ",
		check: "var b strings.Builder\nt.Execute(&b, 5)\nfmt.Println(b.String(), err)",
		// A method's call is not replayed.
		noReplay: true,
	},
	{
		name:  "var/x := f() read by a func: f's value is not replayed",
		cells: []string{"func load(n int) []string { return make([]string, n) }\nrows := load(2)\nfunc count() int { return len(rows) }", "rows := load(5)\nfmt.Println(count())"},
		want:  "5\n=> 5",
		check: "fmt.Println(count())\ncount()",
		// rows := load(5) is not replayed.
		noReplay: true,
	},
	{
		name:  "var/initialiser with effects declared again",
		cells: []string{"var calls int\nfunc tick() int { calls++; return calls }", "var x = tick()\nfunc getX() int { return x }", "var x = tick()"},
		// As Python's x = tick() run twice: the second call's value.
		want:     "2 2 2\n=> ",
		check:    "fmt.Println(x, getX(), calls)",
		noReplay: true,
	},
	{
		name:  "var/declared again with another type",
		cells: []string{"var v = 1\nfunc show() string { return fmt.Sprint(v) }", "var v = []string{\"a\"}"},
		final: []string{"var v = []string{\"a\"}\nfunc show() string { return fmt.Sprint(v) }"},
		check: "show()",
	},
	{
		name:     "type/other fields: values made before keep the old type",
		cells:    []string{"type T struct{ A int }\nfunc mk() T { return T{A: 1} }", "old := mk()", "type T struct{ A, B int }\nfunc mk() T { return T{A: 1, B: 2} }"},
		want:     "{A:1} {A:1 B:2}\n=> ",
		check:    "fmt.Printf(\"%+v %+v\\n\", old, mk())",
		noReplay: true,
	},
	{
		name:  "type/other fields: funcs using it compiled again",
		cells: []string{"type T struct{ A int }\nfunc describe(t T) string { return fmt.Sprintf(\"%+v\", t) }\nfunc (t T) Twice() T { t.A *= 2; return t }", "type T struct{ A, B int }"},
		final: []string{"type T struct{ A, B int }\nfunc describe(t T) string { return fmt.Sprintf(\"%+v\", t) }\nfunc (t T) Twice() T { t.A *= 2; return t }"},
		check: "fmt.Println(describe(T{1, 2}), T{3, 4}.Twice())",
	},
	{
		name:  "type/a func that no longer compiles keeps the old definition",
		cells: []string{"type P struct{ X int }\nfunc mkP() P { return P{1} }", "type P struct{ X, Y int }"},
		want:  "{X:1}\n=> ",
		check: "fmt.Printf(\"%+v\\n\", mkP())",
		note:  "func mkP (cell[2]) uses a redefined name and no longer compiles",
		// The replay has no mkP.
		noReplay: true,
	},
	{
		name:  "type/a type using it declared again",
		cells: []string{"type In struct{ A int }\ntype Out struct{ I In }\nfunc (o Out) Show() string { return fmt.Sprintf(\"%+v\", o) }", "type In struct{ A, B int }"},
		final: []string{"type In struct{ A, B int }\ntype Out struct{ I In }\nfunc (o Out) Show() string { return fmt.Sprintf(\"%+v\", o) }"},
		check: "Out{In{1, 2}}.Show()",
	},
	{
		name:  "type/interface with a method added",
		cells: []string{"type Sh interface{ Area() int }\ntype Sq struct{ s int }\nfunc (q Sq) Area() int { return q.s * q.s }\nfunc (q Sq) Name() string { return \"sq\" }\nfunc desc(s Sh) string { return fmt.Sprint(s.Area()) }", "type Sh interface{ Area() int; Name() string }\nfunc desc(s Sh) string { return fmt.Sprint(s.Name(), s.Area()) }"},
		final: []string{"type Sh interface{ Area() int; Name() string }\ntype Sq struct{ s int }\nfunc (q Sq) Area() int { return q.s * q.s }\nfunc (q Sq) Name() string { return \"sq\" }\nfunc desc(s Sh) string { return fmt.Sprint(s.Name(), s.Area()) }"},
		check: "_, ok := any(struct{ Sq }{}).(Sh)\nfmt.Println(desc(Sq{3}), ok)",
	},
	{
		name:  "type/interface declared again, users compiled again",
		cells: []string{"type Namer interface{ Name() string }\ntype A struct{}\nfunc (A) Name() string { return \"a\" }\nfunc (A) Tag() string { return \"t\" }\nfunc isNamer(x any) bool { _, ok := x.(Namer); return ok }", "type Namer interface{ Name() string; Missing() }"},
		final: []string{"type Namer interface{ Name() string; Missing() }\ntype A struct{}\nfunc (A) Name() string { return \"a\" }\nfunc (A) Tag() string { return \"t\" }\nfunc isNamer(x any) bool { _, ok := x.(Namer); return ok }"},
		check: "isNamer(A{})",
	},
	{
		name:  "type/generic type declared again",
		cells: []string{"type Pair[K comparable, V any] struct{ K K; V V }\nfunc mkPair() Pair[string, int] { return Pair[string, int]{K: \"a\", V: 1} }", "type Pair[K comparable, V any] struct{ K K; V V; N int }\nfunc mkPair() Pair[string, int] { return Pair[string, int]{K: \"a\", V: 1, N: 9} }"},
		final: []string{"type Pair[K comparable, V any] struct{ K K; V V; N int }\nfunc mkPair() Pair[string, int] { return Pair[string, int]{K: \"a\", V: 1, N: 9} }"},
		check: "fmt.Printf(\"%+v\\n\", mkPair())",
	},
	{
		name:  "type/alias declared again",
		cells: []string{"type Num = int\nfunc half(n Num) Num { return n / 2 }", "type Num = float64"},
		final: []string{"type Num = float64\nfunc half(n Num) Num { return n / 2 }"},
		check: "fmt.Println(half(3))",
	},
	{
		name:  "type/named basic type's method set changes",
		cells: []string{"type Celsius float64\nfunc (c Celsius) String() string { return fmt.Sprintf(\"%.1fC\", float64(c)) }\nfunc warm() Celsius { return 21.5 }", "type Celsius float64\nfunc (c Celsius) String() string { return fmt.Sprintf(\"%.0f°C\", float64(c)) }"},
		final: []string{"type Celsius float64\nfunc (c Celsius) String() string { return fmt.Sprintf(\"%.0f°C\", float64(c)) }\nfunc warm() Celsius { return 21.5 }"},
		check: "fmt.Println(warm(), Celsius(3))",
	},
	{
		name:  "func/closure made before keeps the earlier func",
		cells: []string{"func f() string { return \"old\" }\nfunc mk() func() string { return func() string { return f() } }", "g := mk()\nvar h = f", "func f() string { return \"new\" }"},
		// Not the rule: a func value or closure made before the func was
		// declared again calls the earlier one (README "Cells are like
		// Python cells"); made after, the new one.
		want:     "old old new\n=> ",
		check:    "fmt.Println(g(), h(), mk()())",
		noReplay: true,
	},
	{
		name:  "const/used by a generic type's method",
		cells: []string{"const K = 2\ntype Box[T any] struct{ v T }\nfunc (b Box[T]) Scale() int { return K }", "fmt.Println(Box[int]{}.Scale())", "const K = 3"},
		final: []string{"const K = 3\ntype Box[T any] struct{ v T }\nfunc (b Box[T]) Scale() int { return K }"},
		check: "fmt.Println(Box[int]{}.Scale(), Box[string]{}.Scale())",
	},
	{
		name:  "method/through an embedded interface",
		cells: []string{"type Named interface{ Name() string }\ntype Greeter interface{ Named; Hi() string }\ntype P struct{}\nfunc (P) Name() string { return \"p1\" }\nfunc (P) Hi() string { return \"hi \" }\nfunc greet(g Greeter) string { return g.Hi() + g.Name() }", "fmt.Println(greet(P{}))", "func (P) Name() string { return \"p2\" }"},
		final: []string{"type Named interface{ Name() string }\ntype Greeter interface{ Named; Hi() string }\ntype P struct{}\nfunc (P) Name() string { return \"p2\" }\nfunc (P) Hi() string { return \"hi \" }\nfunc greet(g Greeter) string { return g.Hi() + g.Name() }"},
		check: "greet(P{})",
	},
	{
		name:  "method/pointer receiver Error made by a func compiled before",
		cells: []string{"type E struct{}\nfunc (e *E) Error() string { return \"e1\" }\nfunc fail() error { return &E{} }", "fmt.Println(fail())", "func (e *E) Error() string { return \"e2\" }"},
		final: []string{"type E struct{}\nfunc (e *E) Error() string { return \"e2\" }\nfunc fail() error { return &E{} }"},
		check: "fmt.Println(fail(), fmt.Errorf(\"w: %w\", fail()))",
	},
	{
		name:  "method/json Unmarshaler with a pointer receiver",
		cells: []string{"type U struct{ S string }\nfunc (u *U) UnmarshalJSON(b []byte) error { u.S = \"v1:\" + string(b); return nil }", "var u0 U\njson.Unmarshal([]byte(`\"x\"`), &u0)", "func (u *U) UnmarshalJSON(b []byte) error { u.S = \"v2:\" + string(b); return nil }"},
		final: []string{"type U struct{ S string }\nfunc (u *U) UnmarshalJSON(b []byte) error { u.S = \"v2:\" + string(b); return nil }"},
		check: "var us []U\nerr := json.Unmarshal([]byte(`[\"a\", \"b\"]`), &us)\nfmt.Println(us, err)",
	},
	{
		name:  "var/a func assigns a var declared again",
		cells: []string{"x := 10\nfunc inc() { x++ }", "inc()", "x := 20"},
		final: []string{"x := 20\nfunc inc() { x++ }"},
		check: "inc()\nx",
	},
	{
		name:     "type/a cell declaring a type run again: values made before still fit",
		cells:    []string{"type T struct{ A int }\nfunc show(t T) int { return t.A }", "v := T{7}", "type T struct{ A int }\nfunc show(t T) int { return t.A }"},
		want:     "7\n=> ",
		check:    "fmt.Println(show(v))",
		noReplay: true,
	},
	{
		name:  "var/a func broken by a type change, then mended",
		cells: []string{"x := 1\nfunc next() int { return x + 1 }", "x := \"s\"", "x := 2"},
		final: []string{"x := 2\nfunc next() int { return x + 1 }"},
		check: "next()",
		note:  "func next (cell[2]) uses a redefined name and no longer compiles",
	},
	{
		name:  "type/a method broken by a field removed, then mended",
		cells: []string{"type T struct{ A, B int }\nfunc (t T) Sum() int { return t.A + t.B }", "type T struct{ A int }", "type T struct{ A, B int }"},
		final: []string{"type T struct{ A, B int }\nfunc (t T) Sum() int { return t.A + t.B }"},
		check: "fmt.Println(T{1, 2}.Sum(), fmt.Sprint(T{3, 4}))",
		note:  "method T.Sum (cell[2]) does not compile with the new type T, so T no longer has it",
	},
	{
		name:  "panic/x := expr and a func before the panic",
		cells: []string{rrPanic + "x := 5\nfunc getX() int { return x }\nfmt.Println(\"a\")\npanic(\"b\")"},
		final: []string{"x := 5\nfunc getX() int { return x }"},
		check: "fmt.Println(getX(), x)",
	},
	{
		name:  "rerun/a cell run twice unchanged",
		cells: []string{"type T struct{ n int }\nfunc (t T) String() string { return fmt.Sprint(\"t\", t.n) }\nconst K = 2\nvar base = 10\nfunc f() int { return base * K }\nfunc g() string { return fmt.Sprint(T{f()}) }", "type T struct{ n int }\nfunc (t T) String() string { return fmt.Sprint(\"t\", t.n) }\nconst K = 2\nvar base = 10\nfunc f() int { return base * K }\nfunc g() string { return fmt.Sprint(T{f()}) }"},
		final: []string{"type T struct{ n int }\nfunc (t T) String() string { return fmt.Sprint(\"t\", t.n) }\nconst K = 2\nvar base = 10\nfunc f() int { return base * K }\nfunc g() string { return fmt.Sprint(T{f()}) }"},
		check: "fmt.Println(g(), T{1}, []fmt.Stringer{T{2}})",
	},
	{
		name:  "rerun/a cell with statements run twice",
		cells: []string{"func f() int { return 1 }\nfunc g() int { return f() }\nfmt.Println(g())", "func f() int { return 1 }\nfunc g() int { return f() }\nfmt.Println(g())"},
		final: []string{"func f() int { return 1 }\nfunc g() int { return f() }"},
		check: "g()",
	},
	{
		name:  "fail/a cell that fails to compile changes nothing",
		cells: []string{"func f() int { return 1 }\nfunc g() int { return f() * 10 }\nconst K = 1\nfunc k() int { return K }", rrFail + "func f() int { return 2 }\nconst K = 2\nfunc bad() int { return \"s\" }"},
		final: []string{"func f() int { return 1 }\nfunc g() int { return f() * 10 }\nconst K = 1\nfunc k() int { return K }"},
		check: "fmt.Println(f(), g(), K, k())",
	},
	{
		name:  "fail/a type declared again in a cell that fails",
		cells: []string{"type T struct{ A int }\nfunc (t T) M() int { return t.A }\nfunc use() int { return T{4}.M() }", rrFail + "type T struct{ A, B int }\nfunc (t T) M() int { return t.B }\nundefinedThing()"},
		final: []string{"type T struct{ A int }\nfunc (t T) M() int { return t.A }\nfunc use() int { return T{4}.M() }"},
		check: "fmt.Printf(\"%+v %d\\n\", T{1}, use())",
	},
	{
		name:  "fail/a method in a cell that fails",
		cells: []string{"type S struct{}\nfunc (S) String() string { return \"s1\" }", "fmt.Println(S{})", rrFail + "func (S) String() string { return \"s2\" }\nvar bad int = \"x\""},
		final: []string{"type S struct{}\nfunc (S) String() string { return \"s1\" }"},
		check: "fmt.Println(S{}, []fmt.Stringer{S{}})",
	},
	{
		name:  "panic/the declarations of a cell that panics",
		cells: []string{"func f() int { return 1 }\nfunc g() int { return f() * 10 }", rrPanic + "func f() int { return 2 }\npanic(\"boom\")"},
		// The cell's declarations are made before its statements run (as
		// Python's def above a raise).
		final: []string{"func f() int { return 2 }\nfunc g() int { return f() * 10 }"},
		check: "fmt.Println(f(), g())",
	},
	{
		name:  "panic/a cell that panics, then a redefinition",
		cells: []string{"func f() int { return 1 }\nfunc g() int { return f() * 10 }", rrPanic + "func h() int { return g() + 1 }\npanic(\"boom\")", "func f() int { return 3 }"},
		final: []string{"func f() int { return 3 }\nfunc g() int { return f() * 10 }\nfunc h() int { return g() + 1 }"},
		check: "fmt.Println(h())",
	},
	{
		name:  "interrupt/the declarations of an interrupted cell",
		cells: []string{"func f() int { return 1 }\nfunc g() int { return f() * 10 }", rrIntr + "func f() int { return 4 }\nfmt.Println(\"started\")\nselect {}"},
		final: []string{"func f() int { return 4 }\nfunc g() int { return f() * 10 }"},
		check: "fmt.Println(f(), g())",
	},
}

// TestRerun runs the scenarios of rerunCases.
func TestRerun(t *testing.T) {
	for _, tc := range rerunCases {
		t.Run(tc.name, func(t *testing.T) {
			want := tc.want
			if tc.final != nil {
				fresh := newSession(t)
				fresh.ok(rrImports)
				for _, c := range tc.final {
					fresh.ok(c)
				}
				want = rrOutput(fresh.ok(tc.check))
			}
			ts := newSession(t)
			ts.ok(rrImports)
			var notes strings.Builder
			for _, c := range tc.cells {
				notes.WriteString(rrRun(t, ts, c).stderr.String())
			}
			c := ts.ok(tc.check)
			notes.WriteString(c.stderr.String())
			if got := rrOutput(c); got != want {
				t.Errorf("after the cells: got %q, a fresh session prints %q", got, want)
			}
			switch n := notes.String(); {
			case tc.note == "" && n != "":
				t.Errorf("unexpected notes: %q", n)
			case tc.note != "" && !strings.Contains(n, tc.note):
				t.Errorf("notes %q lack %q", n, tc.note)
			}
			if tc.noReplay {
				return
			}
			decls := ts.s.Declarations()
			re := newSession(t)
			if err := re.s.Load(decls); err != nil {
				t.Fatalf("replay: %v\n%s", err, decls)
			}
			if got := rrOutput(re.ok(tc.check)); got != want {
				t.Errorf("after a replay of Declarations: got %q, want %q\n%s", got, want, decls)
			}
		})
	}
}

// BenchmarkRerunCell100Funcs measures a cell run again in a notebook of
// 100 funcs and 20 types with methods: the cell declares again a func
// that 10 funcs call and a method of one of the types (their callers are
// compiled again, and the method tables refreshed).
func BenchmarkRerunCell100Funcs(b *testing.B) {
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Shutdown()
	var src strings.Builder
	src.WriteString("import \"fmt\"\nfunc base(x int) int { return x + 1 }\n")
	for i := 0; i < 20; i++ {
		fmt.Fprintf(&src, "type T%d struct{ n int }\nfunc (t T%d) String() string { return fmt.Sprint(\"t%d:\", t.n) }\nvar v%d = fmt.Sprint(T%d{1})\n", i, i, i, i, i)
	}
	for i := 0; i < 100; i++ {
		if i < 10 {
			fmt.Fprintf(&src, "func f%d(x int) int { return base(x) * %d }\n", i, i)
		} else {
			fmt.Fprintf(&src, "func f%d(x int) int { return f%d(x) + %d }\n", i, i%10+20*(i/50), i)
		}
	}
	run := func(code string) {
		if _, err := s.Execute(bg, hook.NewScope(0, nil, nil), code); err != nil {
			b.Fatal(err)
		}
	}
	run(src.String())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		run(fmt.Sprintf("func base(x int) int { return x + %d }\nfunc (t T3) String() string { return fmt.Sprint(\"r%d:\", t.n) }", i, i))
	}
}

// TestRerunMethodNoNewStubs: a method declared again and again (a cell
// edited and run 2100 times), with a value made first and held by
// compiled code, keeps one method table whose stubs call the newest
// body: 2 value methods take 4 stubs a table, 8400 if each run took new
// ones, more than the pool's 4096, after which fmt would no longer find
// the method.
func TestRerunMethodNoNewStubs(t *testing.T) {
	ts := newSession(t)
	ts.ok("import \"fmt\"\ntype T struct{ n int }\nfunc (t T) String() string { return \"v0\" }\nfunc (t T) Other() int { return 0 }\nheld := []fmt.Stringer{T{1}}")
	for i := 1; i <= 2100; i++ {
		ts.ok(fmt.Sprintf("func (t T) String() string { return \"v%d\" }", i))
		if i%700 == 0 {
			want := fmt.Sprintf("v%d [v%d] v%d\n", i, i, i)
			if got := ts.ok("fmt.Println(T{2}, held, held[0].String())").stdout.String(); got != want {
				t.Fatalf("run %d: got %q, want %q", i, got, want)
			}
		}
	}
}
