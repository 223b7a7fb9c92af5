package eval

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/printer"
	"go/token"
	"slices"
	"strings"
	"testing"
)

func TestWorkerReplay(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "strings"
type Job struct{ N int }
const Factor = 3
var table = map[int]string{1: "one"}
func square(x int) int { return x * x }
func work(j Job, s string) (int, string) { return square(j.N) * Factor, strings.ToUpper(s) + table[1] }
func sum(xs ...int) int { t := 0; for _, x := range xs { t += x }; return t }
func fail() { panic("worker boom") }
func main() { fmt.Println("main must not run in a worker") }
x := 99
func compute() int { return 7 }
y := compute()
func useY() int { return y + x }`)
	decls := ts.s.Declarations()

	child, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer child.Shutdown()
	if err := child.Load(decls); err != nil {
		t.Fatalf("Load: %v\n%s", err, decls)
	}
	out, err := child.Call("square", []any{7})
	if err != nil || len(out) != 1 || out[0] != 49 {
		t.Errorf("square(7) = %v, %v", out, err)
	}
	// A float64 (as from a decoder) converts to an int parameter.
	out, err = child.Call("sum", []any{1.0, 2, 3})
	if err != nil || out[0] != 6 {
		t.Errorf("sum = %v, %v", out, err)
	}
	if _, err := child.Call("fail", nil); err == nil || !strings.Contains(err.Error(), "worker boom") {
		t.Errorf("fail: %v", err)
	}
	if _, err := child.Call("nosuch", nil); err == nil {
		t.Errorf("nosuch: no error")
	}
	if _, err := child.Call("x", nil); err == nil {
		t.Errorf("x is not a func: no error")
	}
	// useY needs y, which a statement made by a call with effects: a zero
	// value in the worker, as for var y = compute() (it was left out, and
	// useY with it: "no func useY in the notebook").
	if out, err := child.Call("useY", nil); err != nil || len(out) != 1 || out[0] != 99 {
		t.Errorf("useY = %v, %v; want 99 (y a zero value)", out, err)
	}
	f, err := child.Lookup("square")
	if err != nil {
		t.Fatal(err)
	}
	if sq, ok := f.(func(int) int); !ok || sq(5) != 25 {
		t.Errorf("Lookup: %T", f)
	}
}

func TestProcessTargetNaming(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func work(x int) int { return x + 1 }`)
	// The rewrite names the target; with a thread pool (a func-typed
	// parameter) it stays a plain func.
	c := ts.ok(`p := &multiprocessing.Process{Target: work}
fmt.Sprintf("%T", p.Target)`)
	if c.text() != `"*multiprocessing.NamedFunc"` {
		t.Errorf("Process target: %q", c.text())
	}
	// gofmt -s writes a slice of processes with the elements' type elided.
	c = ts.ok(`ps := []*multiprocessing.Process{{Target: work}, {Target: work}}
fmt.Sprintf("%T %T", ps[0].Target, ps[1].Target)`)
	if c.text() != `"*multiprocessing.NamedFunc *multiprocessing.NamedFunc"` {
		t.Errorf("elided Process targets: %q", c.text())
	}
	for _, tc := range []struct{ code, want string }{
		{"pool := multiprocessing.NewPool(2)\npool.Map(work, xs)", `pool.Map(__gonotes.Named("work", work), xs)`},
		{"ex := &futures.ProcessPoolExecutor{}\nex.Submit(work, 1)", `ex.Submit(__gonotes.Named("work", work), 1)`},
		{"ex := &futures.ThreadPoolExecutor{}\nex.Submit(work)", `ex.Submit(work)`},
		{"pool.Map(other, xs)", `pool.Map(other, xs)`},
		{"pool := &multiprocessing.Pool{Processes: 2, Initializer: work}", `Initializer: __gonotes.Named("work", work)`},
		{"ex := &futures.ProcessPoolExecutor{Initializer: work, InitArgs: xs}", `Initializer: __gonotes.Named("work", work)`},
		{"ex := &futures.ThreadPoolExecutor{Initializer: work}", `Initializer: work}`},
	} {
		if got := rewritten(t, tc.code, "work"); !strings.Contains(got, tc.want) {
			t.Errorf("%s\n=> %s\nwant %s", tc.code, got, tc.want)
		}
	}
	c = ts.ok(`ex := &futures.ThreadPoolExecutor{MaxWorkers: 2}
f := ex.Submit(func() any { return work(1) })
v, _ := f.Result()
ex.Shutdown(true, false)
v`)
	if c.text() != "2" {
		t.Errorf("thread pool: %q", c.text())
	}
}

// rewritten returns the statements code after the rewriter, funcs naming
// notebook funcs.
func rewritten(t *testing.T, code string, funcs ...string) string {
	t.Helper()
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "", "package p; func _() {"+code+"\n}", 0)
	if err != nil {
		t.Fatal(err)
	}
	body := f.Decls[0].(*ast.FuncDecl).Body
	r := &rewriter{userFunc: func(n string) bool { return slices.Contains(funcs, n) }}
	r.rewrite(body)
	var b strings.Builder
	printer.Fprint(&b, fset, body)
	return b.String()
}

// TestGlobalBefore checks the globals a cell's rewrite reads (is this a
// process pool?) as they were before the cell: one by one from the symbol
// mark, the values Globals gives.
func TestGlobalBefore(t *testing.T) {
	ts := newSession(t)
	ts.ok("var pool *multiprocessing.Pool\nconst n = 3\nx := 5\nfunc f() {}")
	s := ts.s
	all := s.globals()
	mark := s.i.MarkSymbols()
	s.globalMark = &mark
	defer func() { s.globalMark = nil }()
	for _, name := range []string{"pool", "n", "x"} {
		got, want := s.globalBefore(name), all[name]
		if !got.IsValid() || got.Type() != want.Type() || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%s: got %v, want %v (Globals)", name, got, want)
		}
	}
	if v := s.globalBefore("nothing"); v.IsValid() {
		t.Errorf("nothing: got %v, want no value", v)
	}
	isProc := s.procRecv()
	for name, want := range map[string]int{"pool": 1, "x": -1, "nothing": 0} {
		if got := isProc(name); got != want {
			t.Errorf("procRecv(%q) = %d, want %d", name, got, want)
		}
	}
}

// TestWorkerReplayDeclaredBelow: a func declared below the statements of
// its cell that use it (hoist.go) is in the declarations a worker replays,
// as the target of a child process run by name.
func TestWorkerReplayDeclaredBelow(t *testing.T) {
	ts := newSession(t)
	if got := ts.ok("n := 6\nfmt.Println(half(n))\nfunc half(x int) int { return x / unit }\nconst unit = 2").stdout.String(); got != "3\n" {
		t.Errorf("the cell printed %q", got)
	}
	child, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer child.Shutdown()
	decls := ts.s.Declarations()
	if err := child.Load(decls); err != nil {
		t.Fatalf("Load: %v\n%s", err, decls)
	}
	if out, err := child.Call("half", []any{10}); err != nil || len(out) != 1 || out[0] != 5 {
		t.Errorf("half(10) = %v, %v\n%s", out, err, decls)
	}
}

// TestWorkerReplayRetriesDeclaredBelow: when the declarations do not load
// as a whole (a variable a statement made is left out), they load one by
// one, and a func using one declared below it in the same cell still loads
// (a Process target calling a helper written under it failed in the child
// with "no func echo in the notebook").
func TestWorkerReplayRetriesDeclaredBelow(t *testing.T) {
	src := `package main

import "fmt"

// cell[2]
func echo(v any) string { return "echo " + typeName(v) }

// cell[2]
func typeName(v any) string { return fmt.Sprintf("%T", v) }

// cell[3] (from a := statement)
var p = leftOut + 1
`
	child, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer child.Shutdown()
	if err := child.Load(src); err != nil {
		t.Fatalf("Load: %v", err)
	}
	if out, err := child.Call("echo", []any{1}); err != nil || len(out) != 1 || out[0] != "echo int" {
		t.Errorf("echo(1) = %v, %v; want echo int", out, err)
	}
}

// TestWorkerStatementMadeByCall: a Process target using a variable that
// a statement made by calling a notebook func (data := load()) loads in a
// worker, with data a zero value, as a var data = load() is: the student
// sees the index error of an empty slice in the child (and passes data in
// Args), not "no func work in the notebook".
func TestWorkerStatementMadeByCall(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func load() []int { return []int{10, 20, 30} }
data := load()
func work(i int) int { return data[i] }
n := 3
n := n * len(data)
func scaled() int { return n }`)
	decls := ts.s.Declarations()
	for _, want := range []string{"// data is a zero value: load has effects and is not run again\nvar data []int", "var n = (3) * len(data)"} {
		if !strings.Contains(decls, want) {
			t.Errorf("Declarations lacks %q:\n%s", want, decls)
		}
	}
	child, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer child.Shutdown()
	if err := child.Load(decls); err != nil {
		t.Fatalf("Load: %v\n%s", err, decls)
	}
	if _, err := child.Call("work", []any{1}); err == nil || !strings.Contains(err.Error(), "index out of range [1] with length 0") {
		t.Errorf("work(1) in the worker: %v", err)
	}
	if out, err := child.Call("scaled", nil); err != nil || len(out) != 1 || out[0] != 0 {
		t.Errorf("scaled() in the worker = %v, %v; want 0", out, err)
	}
}
