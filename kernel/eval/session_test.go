package eval

import (
	"context"
	"errors"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/internal/testutil"
	"github.com/gonotes/gonotes/lib/hook"
)

// buf is a goroutine-safe output collector (the package's short name for
// the shared test buffer, used here and in interrupt_test.go).
type buf = testutil.Buffer

// waitFor polls until cond holds (at most 10 s), for output of goroutines.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for i := 0; i < 1000; i++ {
		if cond() {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
	t.Fatalf("timed out waiting for %s", what)
}

var bg = context.Background()

func newScope(id int64, stdout, stderr *buf) *hook.Scope { return hook.NewScope(id, stdout, stderr) }

type tsession struct {
	t *testing.T
	s *Session
	n int64
}

func newSession(t *testing.T) *tsession {
	t.Helper()
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(s.Shutdown)
	return &tsession{t: t, s: s}
}

// cell is the outcome of one Execute.
type cell struct {
	scope          *hook.Scope
	stdout, stderr *buf
	data           map[string]any
	err            error
}

func (c *cell) text() string {
	if c.data == nil {
		return ""
	}
	s, _ := c.data["text/plain"].(string)
	return s
}

func (ts *tsession) run(code string) *cell {
	return ts.runWith(code, nil)
}

func (ts *tsession) runWith(code string, input func(string, bool) (string, error)) *cell {
	ts.n++
	c := &cell{stdout: &buf{}, stderr: &buf{}}
	c.scope = hook.NewScope(ts.n, c.stdout, c.stderr)
	c.scope.Input = input
	c.data, c.err = ts.s.Execute(context.Background(), c.scope, code)
	return c
}

// ok runs code and fails the test on an error.
func (ts *tsession) ok(code string) *cell {
	ts.t.Helper()
	c := ts.run(code)
	if c.err != nil {
		ts.t.Fatalf("cell %q failed: %v\n%s", code, c.err, strings.Join(traceback(c.err), "\n"))
	}
	return c
}

// fails runs code and returns its *Error.
func (ts *tsession) fails(code string) (*cell, *Error) {
	ts.t.Helper()
	c := ts.run(code)
	var e *Error
	if !errors.As(c.err, &e) {
		ts.t.Fatalf("cell %q: want an *Error, got %v (stdout %q)", code, c.err, c.stdout)
	}
	return c, e
}

var ansiT = regexp.MustCompile("\x1b\\[[0-9;]*m")

func traceback(err error) []string {
	var e *Error
	if !errors.As(err, &e) {
		return nil
	}
	var out []string
	for _, l := range e.Trace {
		out = append(out, ansiT.ReplaceAllString(l, ""))
	}
	return out
}

func TestMixedCell(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import "fmt"
x := 5
func double(n int) int { return 2 * n }
type P struct{ X, Y int }
func (p P) Sum() int { return p.X + p.Y }
func() { fmt.Println("iife", x) }()
if y := double(x); y > 5 {
	fmt.Println("big", y)
} else {
	fmt.Println("small")
}
for i := 0; i < 2; i++ { fmt.Print(i, " ") }; fmt.Println()
const K = 3; var v = P{1, K}
v.Sum()`)
	if got, want := c.stdout.String(), "iife 5\nbig 10\n0 1 \n"; got != want {
		t.Errorf("stdout = %q, want %q", got, want)
	}
	if got := c.text(); got != "4" {
		t.Errorf("result = %q, want 4", got)
	}
	// Nothing re-runs in the next cell, and everything persists.
	c = ts.ok(`double(x) + v.X`)
	if c.stdout.String() != "" || c.text() != "11" {
		t.Errorf("second cell: stdout %q, result %q", c.stdout, c.text())
	}
}

func TestPersistenceAndReimport(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "strings"` + "\n" + `s := strings.ToUpper("a")`)
	c := ts.ok(`import "strings"` + "\n" + `import "fmt"` + "\n" + `fmt.Println(s, strings.Repeat("b", 2))`)
	if c.stdout.String() != "A bb\n" {
		t.Errorf("stdout = %q", c.stdout)
	}
	// Redefining a variable with := works, even with a new type.
	ts.ok(`s := 3`)
	if c := ts.ok(`s + 1`); c.text() != "4" {
		t.Errorf("s+1 = %q", c.text())
	}
	// A package is usable without an import.
	if c := ts.ok(`strconv.Itoa(42)`); c.text() != `"42"` {
		t.Errorf("strconv.Itoa = %q", c.text())
	}
}

func TestResults(t *testing.T) {
	ts := newSession(t)
	ts.ok(`type T struct{ N int }
func (t T) HTML() string { return "<b>T</b>" }
type S struct{ N int }
func (s S) String() string { return "S!" }
func two() (int, bool) { return 3, true }
func void() {}`)
	cases := []struct {
		code, text, html string
		none             bool
	}{
		{code: `1 + 2`, text: "3"},
		{code: `"hi"`, text: `"hi"`},
		{code: `two()`, text: "(3, true)"},
		{code: `void()`, none: true},
		{code: `fmt.Println("x")`, none: true},
		{code: `1 + 2;`, none: true},
		{code: `T{7}`, text: "{N:7}", html: "<b>T</b>"},
		{code: `S{1}`, text: "S!"},
		{code: `[]int{1, 2}`, text: "[1 2]"},
		{code: `errors.New("bad")`, text: "bad"},
		{code: `x := 1`, none: true},
	}
	for _, tc := range cases {
		c := ts.ok(tc.code)
		if tc.none {
			if c.data != nil {
				t.Errorf("%s: want no result, got %v", tc.code, c.data)
			}
			continue
		}
		if c.text() != tc.text {
			t.Errorf("%s: text = %q, want %q", tc.code, c.text(), tc.text)
		}
		if h, _ := c.data["text/html"].(string); h != tc.html {
			t.Errorf("%s: html = %q, want %q", tc.code, h, tc.html)
		}
	}
}

func TestCompileErrorPosition(t *testing.T) {
	ts := newSession(t)
	_, e := ts.fails("x := 1\nfmt.Println(x)\n  y := undefinedThing + 1")
	if e.Name != "CompileError" || e.Value != "3:8: undefined: undefinedThing" {
		t.Errorf("got %s %q", e.Name, e.Value)
	}
	_, e = ts.fails("func f() {\n\ty := undefinedOther + 1\n\t_ = y\n}")
	if e.Name != "CompileError" || !strings.HasPrefix(e.Value, "2:7: undefined: undefinedOther") {
		t.Errorf("got %s %q", e.Name, e.Value)
	}
	// A syntax error is positioned too, and nothing ran.
	c, e := ts.fails("fmt.Println(\"ran\")\nx := (1 +\n")
	if e.Name != "CompileError" || e.Value != "2:10: expected operand, found end of cell" || c.stdout.String() != "" {
		t.Errorf("got %s %q, stdout %q", e.Name, e.Value, c.stdout)
	}
	_, e = ts.fails("func f() int {\n\treturn \"s\"\n}")
	if !strings.HasPrefix(e.Value, "2:") {
		t.Errorf("got %q", e.Value)
	}
}

func TestRuntimePanic(t *testing.T) {
	ts := newSession(t)
	ts.ok("func at(xs []int, i int) int {\n\treturn xs[i]\n}")
	c, e := ts.fails("fmt.Println(\"before\")\nat([]int{1}, 5)")
	if e.Name != "panic" || !strings.Contains(e.Value, "index out of range") {
		t.Errorf("got %s %q", e.Name, e.Value)
	}
	tb := strings.Join(traceback(c.err), "\n")
	if !strings.Contains(tb, "cell[1]:2:9 in at") || !strings.Contains(tb, "line 2 in cell") {
		t.Errorf("traceback does not name the lines:\n%s", tb)
	}
	if c.stdout.String() != "before\n" || strings.Contains(c.stderr.String(), "panic") {
		t.Errorf("stdout %q, stderr %q", c.stdout, c.stderr)
	}
	_, e = ts.fails(`panic("boom")`)
	if e.Value != "boom" {
		t.Errorf("got %q", e.Value)
	}
	// The session lives on.
	if c := ts.ok("at([]int{4}, 0)"); c.text() != "4" {
		t.Errorf("got %q", c.text())
	}
}

func TestGoroutinePanic(t *testing.T) {
	ts := newSession(t)
	ts.ok("func worker(n int) {\n\tpanic(fmt.Sprint(\"boom \", n))\n}")
	// A panic in a goroutine of the running cell ends the cell with it (a
	// Go program would end), see r2panic_test.go; the cell waits for ever
	// otherwise (a deferred close(done) would race with the report).
	_, e := ts.fails(`done := make(chan bool)
go func() {
	worker(1)
	close(done)
}()
<-done`)
	if e.Value != "boom 1" || !strings.Contains(strings.Join(e.Trace, "\n"), "cell[1]:2:") {
		t.Errorf("error %q does not name the line: %q", e.Value, e.Trace)
	}
	// Once its cell has ended, the panic is reported on the cell's stderr
	// (or ends the cell if it comes first).
	c2 := ts.run(`go worker(2)`)
	waitFor(t, "the goroutine's report", func() bool {
		return strings.Contains(c2.stderr.String(), "panic in goroutine: boom 2") || c2.err != nil && strings.Contains(c2.err.Error(), "boom 2")
	})
	// A goroutine that outlives its cell still writes to it when no cell
	// runs (while one runs, to that one: see mainthread_test.go).
	c3 := ts.ok(`lateRelease := make(chan bool)
go func() {
	<-lateRelease
	for !hook.Active().Ended() {
		time.Sleep(time.Millisecond)
	}
	fmt.Println("late")
}()`)
	c4 := ts.ok(`fmt.Println("next")
close(lateRelease)`)
	waitFor(t, "late output", func() bool { return c3.stdout.String() == "late\n" })
	if c4.stdout.String() != "next\n" {
		t.Errorf("next cell got %q", c4.stdout)
	}
}

func TestFuncMain(t *testing.T) {
	ts := newSession(t)
	c := ts.ok("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hello\")\n}\n")
	if c.stdout.String() != "hello\n" {
		t.Errorf("stdout = %q", c.stdout)
	}
	c = ts.ok(`fmt.Println("other")`)
	if c.stdout.String() != "other\n" {
		t.Errorf("main ran again: %q", c.stdout)
	}
	if c := ts.ok(`main()`); c.stdout.String() != "hello\n" {
		t.Errorf("main() = %q", c.stdout)
	}
	// An IIFE is not main either.
	ts.ok(`func() { fmt.Println("iife") }()`)
	c = ts.ok(`1`)
	if c.stdout.String() != "" {
		t.Errorf("iife ran again: %q", c.stdout)
	}
}

func TestExit(t *testing.T) {
	ts := newSession(t)
	c, e := ts.fails("fmt.Println(\"a\")\nos.Exit(3)\nfmt.Println(\"b\")")
	if e.Name != "SystemExit" || e.Code != 3 || !strings.Contains(e.Value, "os.Exit(3) called") || c.stdout.String() != "a\n" {
		t.Errorf("got %s %d %q, stdout %q", e.Name, e.Code, e.Value, c.stdout)
	}
	c, e = ts.fails(`log.Fatalf("bad %d", 7)`)
	if e.Name != "SystemExit" || e.Code != 1 || !strings.Contains(c.stderr.String(), "bad 7") {
		t.Errorf("got %s %d %q, stderr %q", e.Name, e.Code, e.Value, c.stderr)
	}
	// os.Exit in a goroutine of the running cell ends the cell, as Go ends
	// the program, with no deferred call of the goroutine run: here main
	// waits for its goroutines after runtime.Goexit (which ran main's
	// deferred calls, the last of which lets the goroutine go on).
	c, e = ts.fails(`start := make(chan bool)
go func() { <-start; defer fmt.Println("deferred"); os.Exit(2) }()
defer close(start)
defer fmt.Println("main's deferred call")
runtime.Goexit()`)
	if e.Name != "SystemExit" || e.Code != 2 || !strings.Contains(e.Value, "os.Exit(2) called in a goroutine") || c.stdout.String() != "main's deferred call\n" {
		t.Errorf("got %s %d %q, stdout %q; want SystemExit 2, and only main's deferred call run", e.Name, e.Code, e.Value, c.stdout)
	}
	// A goroutine of a cell that has ended has no program to end: it stops,
	// and says so in its cell's output.
	c = ts.ok(`release := make(chan bool)
go func() { <-release; defer fmt.Println("deferred"); os.Exit(4) }()`)
	ts.ok(`close(release)`)
	waitFor(t, "the goroutine's report", func() bool { return strings.Contains(c.stderr.String(), "os.Exit(4) called in a goroutine") })
	if strings.Contains(c.stdout.String(), "deferred") {
		t.Errorf("a deferred call ran after os.Exit: %q", c.stdout)
	}
	if c := ts.ok(`1 + 1`); c.text() != "2" {
		t.Errorf("session broken after exit: %q", c.text())
	}
}

func TestStdin(t *testing.T) {
	ts := newSession(t)
	var prompts int
	input := func(prompt string, password bool) (string, error) {
		prompts++
		return []string{"Bob", "hello world"}[prompts-1], nil
	}
	c := ts.runWith(`var name string
fmt.Scanln(&name)
r := bufio.NewReader(os.Stdin)
line, _ := r.ReadString('\n')
name + "|" + line`, input)
	if c.err != nil || c.text() != `"Bob|hello world\n"` {
		t.Errorf("got %q, %v", c.text(), c.err)
	}
	// Without a client that sends input, stdin is at its end, as for a Go
	// program run with no input (go run </dev/null).
	c = ts.run(`var n2 string
_, err := fmt.Scanln(&n2)
err`)
	if c.err != nil || c.text() != "EOF" {
		t.Errorf("fmt.Scanln without input: %q, %v; want EOF", c.text(), c.err)
	}
	c = ts.run(`sc := bufio.NewScanner(os.Stdin)
ok := sc.Scan()
fmt.Sprint(ok, " ", sc.Err())`)
	if c.err != nil || c.text() != `"false <nil>"` {
		t.Errorf("Scanner without input: %q, %v; want false <nil>", c.text(), c.err)
	}
	c = ts.run(`_, err = io.ReadAll(os.Stdin)
err`)
	if c.err != nil || c.text() != "<nil>" {
		t.Errorf("io.ReadAll without input: %q, %v; want <nil>", c.text(), c.err)
	}
}

func TestStdoutValue(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`fmt.Fprintln(os.Stdout, "out"); fmt.Fprintln(os.Stderr, "err")
var w io.Writer = os.Stdout
fmt.Fprint(w, "w")`)
	if c.stdout.String() != "out\nw" || c.stderr.String() != "err\n" {
		t.Errorf("stdout %q, stderr %q", c.stdout, c.stderr)
	}
}

// TestManyGoroutinesInLoop: goroutines on func literals started in a loop
// while earlier ones end (a yaegi race used to hand a nil func to the go
// statement and crash the process).
func TestManyGoroutinesInLoop(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`counter := 0
var mu sync.Mutex
var wg sync.WaitGroup
for i := 0; i < 3000; i++ {
	wg.Add(1)
	go func() {
		defer wg.Done()
		mu.Lock()
		defer mu.Unlock()
		counter++
	}()
}
wg.Wait()
counter`)
	if c.text() != "3000" {
		t.Errorf("counter = %q", c.text())
	}
}

// TestFuncsDeclaredAfterAPanicWork: a cell whose statement panics keeps
// the funcs, methods and types it declares below that statement (as
// Python keeps the defs above the line that raised: in Go they are
// declared whatever their place), and calling them later runs their
// bodies. Before, their code was never generated: a call did nothing.
func TestFuncsDeclaredAfterAPanicWork(t *testing.T) {
	ts := newSession(t)
	_, e := ts.fails(`xs := []int{1, 2}
panic("boom")
func swap(h []int) { h[0], h[1] = h[1], h[0] }
type counter struct{ n int }
func (c *counter) inc() int { c.n++; fmt.Println("inc", c.n); return c.n }`)
	if e.Value != "boom" {
		t.Fatalf("got %s %q", e.Name, e.Value)
	}
	c := ts.ok(`g := []int{1, 2}
swap(g)
var k counter
k.inc()
k.inc()
fmt.Println(g, k.n)`)
	if got, want := c.stdout.String(), "inc 1\ninc 2\n[2 1] 2\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestNotImplementedSaysWhy: assigning a value whose type does not
// implement an interface says why, in gc's words: a method with a pointer
// receiver, a missing method.
func TestNotImplementedSaysWhy(t *testing.T) {
	ts := newSession(t)
	ts.ok("type T struct{ n int }\nfunc (t *T) Inc() { t.n++ }\ntype Incer interface{ Inc() }\ntype Both interface{ Inc(); Get() int }")
	for code, want := range map[string]string{
		"var i Incer = T{}":                  "cannot use T{} (value of struct type T) as Incer value in variable declaration: T does not implement Incer (method Inc has pointer receiver)",
		"var b Both = &T{}":                  "cannot use &T{} (value of type *T) as Both value in variable declaration: *T does not implement Both (missing method Get)",
		"var s fmt.Stringer = T{}":           "T does not implement fmt.Stringer (missing method String)",
		"func use(i Incer) {}\nuse(T{n: 1})": "T does not implement Incer (method Inc has pointer receiver)",
	} {
		_, e := ts.fails(code)
		if e.Name != "CompileError" || !strings.Contains(e.Value, want) {
			t.Errorf("%s: got %s %q, want it to say %q", code, e.Name, e.Value, want)
		}
	}
	if c := ts.ok("var i Incer = &T{}\ni.Inc()\ni.(*T).n"); c.text() != "1" {
		t.Errorf("got %q", c.text())
	}
}

// TestStatementsBeforeARedefinitionSeeTheOldValue: a cell that uses a
// variable and then declares it again (`s := 5` where s was "str", `v, err
// := f()`) runs its first statements with the variable as it was. They
// read the new variable before, a zero value ("s before: 0").
func TestStatementsBeforeARedefinitionSeeTheOldValue(t *testing.T) {
	ts := newSession(t)
	ts.ok(`s := "str"
func pair() (int, error) { return 1, nil }`)
	c := ts.ok(`fmt.Println("before:", s)
s := 5
fmt.Println("after:", s)`)
	if got, want := c.stdout.String(), "before: str\nafter: 5\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	c = ts.ok(`err := fmt.Errorf("first")
var n int
fmt.Println(err, n)
v, err := pair()
fmt.Println(v, err)`)
	if got, want := c.stdout.String(), "first 0\n1 <nil>\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestRedefinitionReadsTheEarlierValue: `x := x + 1` at a cell's top
// level, declaring again a variable of the notebook, reads the earlier x on
// its right side, as Python's x = x + 1 (and Go's x := x + 1 in an inner
// block) does; it read the new variable, a zero value: 1 was printed, and
// a value of another type failed at run time.
func TestRedefinitionReadsTheEarlierValue(t *testing.T) {
	ts := newSession(t)
	ts.ok("x := 1\ns := []int{1, 2, 3}\nfunc getX() int { return x }")
	cases := []struct{ code, want string }{
		{"x := x + 1\nfmt.Println(x, getX())", "2 2\n"},
		{"s := append(s, 4)\nfmt.Println(s)", "[1 2 3 4]\n"},
		// In one cell, after statements that read the earlier x.
		{"fmt.Println(x)\nx := x * 10\nfmt.Println(x)\nx := strconv.Itoa(x) + \"!\"\nfmt.Println(x)", "2\n20\n20!\n"},
		{"y := 5\ny := y + 1\ny := float64(y) / 4\nfmt.Println(y)", "1.5\n"},
		// A closure made before keeps the variable it read.
		{"w := 2\ng := func() int { return w }\nw := w + 40\nfmt.Println(w, g())", "42 2\n"},
	}
	for _, c := range cases {
		if got := ts.ok(c.code).stdout.String(); got != c.want {
			t.Errorf("%q printed %q, want %q", c.code, got, c.want)
		}
	}
}

// TestDeclarationsBelowTheirUse: a func, type, method, constant or var
// declared below the statements of its cell that use it is known to them,
// as in a Go file (hoist.go); it was "undefined". A declaration that uses
// a variable a statement of the cell defines comes after that statement;
// positions stay those of the cell.
func TestDeclarationsBelowTheirUse(t *testing.T) {
	ts := newSession(t)
	cases := []struct{ code, want string }{
		{"fmt.Println(add(1, 2))\nfunc add(a, b int) int { return a + b }", "3\n"},
		{"p := Point{1, 2}\nfmt.Println(p, p.Sum(), Scale)\ntype Point struct{ X, Y int }\nfunc (p Point) Sum() int { return p.X + p.Y }\nconst Scale = 3", "{1 2} 3 3\n"},
		// A func that reads a variable of the cell's statements.
		{"x := 5\nshow()\nfunc show() { fmt.Println(\"x is\", x, twice()) }\nfunc twice() int { return 2 * x }", "x is 5 10\n"},
		{"count := 0\nc := Counter{}\nc.Inc()\nc.Inc()\nfmt.Println(count)\ntype Counter struct{}\nfunc (c *Counter) Inc() { count++ }", "2\n"},
		// The cell declares the variable again: its funcs read the new one
		// after that, as those of earlier cells do.
		{"n := 4\nfmt.Println(sq())\nfunc sq() int { return n * n }\nn := 5\nfmt.Println(sq())", "16\n25\n"},
		{"m := 1\nfunc cube() int { return m * m * m }\nfmt.Println(cube())\nm := 2\nfmt.Println(cube())", "1\n8\n"},
		// A var used above is initialised first; one that is not used
		// above runs where it is written.
		{"fmt.Println(get())\nvar base = 10\nfunc get() int { return base }", "10\n"},
		{"fmt.Println(\"a\")\nvar b = say(\"b\")\nfunc say(s string) string { fmt.Println(s); return s }", "a\nb\n"},
		// A var of the notebook declared again: the statements above it
		// read the earlier value.
		{"fmt.Println(base)\nvar base = 20\nfmt.Println(get())", "10\n20\n"},
	}
	for _, c := range cases {
		if got := ts.ok(c.code).stdout.String(); got != c.want {
			t.Errorf("%q printed %q, want %q", c.code, got, c.want)
		}
	}
	// The cell's last piece is a declaration: no value is shown.
	if c := ts.ok("mul(2, 3)\nfunc mul(a, b int) int { return a * b }"); c.text() != "" {
		t.Errorf("a cell ending with a func shows %q", c.text())
	}
	if c := ts.ok("mul(2, 3)"); c.text() != "6" {
		t.Errorf("mul(2, 3) shows %q", c.text())
	}
	// Errors and tracebacks name the lines as written.
	_, e := ts.fails("fmt.Println(bad())\nfunc bad() int {\n\treturn \"s\"\n}")
	if !strings.HasPrefix(e.Value, "3:") {
		t.Errorf("compile error %q, want it at line 3", e.Value)
	}
	c, e := ts.fails("fmt.Println(\"before\")\nfmt.Println(at([]int{1}, 5))\nfunc at(xs []int, i int) int {\n\treturn xs[i]\n}")
	tb := strings.Join(traceback(c.err), "\n")
	if e.Name != "panic" || !strings.Contains(tb, "line 4:9 in at") || !strings.Contains(tb, "line 2 in cell") || c.stdout.String() != "before\n" {
		t.Errorf("got %s %q, stdout %q, traceback:\n%s", e.Name, e.Value, c.stdout, tb)
	}
	// The funcs hoisted are the notebook's for later cells and a replay.
	if d := ts.s.Declarations(); !strings.Contains(d, "func add(a, b int) int") || !strings.Contains(d, "type Point struct") {
		t.Errorf("Declarations lacks the hoisted declarations:\n%s", d)
	}
}

// TestDeclarationsBlankVars: blank var declarations are kept, each once
// however often their cell runs; another one does not replace them (a
// later `var _ = b` dropped `var _ = a` from the replay).
func TestDeclarationsBlankVars(t *testing.T) {
	ts := newSession(t)
	for i := 0; i < 3; i++ {
		ts.ok("var _ = strings.ToUpper\nvar _, _ = strings.ToLower, strings.TrimSpace")
	}
	ts.ok("var _ = strings.Repeat")
	d := ts.s.Declarations()
	for _, want := range []string{"var _ = strings.ToUpper\n", "var _, _ = strings.ToLower, strings.TrimSpace\n", "var _ = strings.Repeat\n"} {
		if n := strings.Count(d, want); n != 1 {
			t.Errorf("%q is %d times in the declarations:\n%s", want, n, d)
		}
	}
}

// TestDeclarationsStatementNotReplayed: a variable made again by a
// statement whose value is not replayed (x := rand.Intn(1) + 7) takes its
// earlier declarations (var x = 1) out of the replay, which would give a
// child process a value the notebook no longer has; `x := x + 1` after it
// is not replayed either ((1) + 1 would be wrong).
func TestDeclarationsStatementNotReplayed(t *testing.T) {
	ts := newSession(t)
	ts.ok("x := 1\nfunc get() int { return x }")
	ts.ok("x := rand.Intn(1) + 7")
	if c := ts.ok("x := x + 1\nget()"); c.text() != "8" {
		t.Errorf("get() = %q, want 8", c.text())
	}
	// x is a zero value there, not a stale one (7 or 8): its statement
	// read the x of a call with effects.
	if d := ts.s.Declarations(); strings.Contains(d, "var x =") || !strings.Contains(d, "var x int") || !strings.Contains(d, "func get() int") {
		t.Errorf("the declarations replay a stale x, or lack get:\n%s", d)
	}
	ts.ok("x := 5")
	if d := ts.s.Declarations(); !strings.Contains(d, "var x = 5") {
		t.Errorf("the declarations lack var x = 5:\n%s", d)
	}
}

// TestRedefinedVariableNotAField: a cell declaring again variables named
// like a struct's fields (n, err := ...) does not compile the struct and
// its methods again: a field is not the variable. They were, and with them
// every method calling a method of the same name (Write), which in one
// cell made io.Copy on a value of such a type fail ("0 short write",
// conformance io/s12_readerfrom_writerto in split mode).
func TestRedefinedVariableNotAField(t *testing.T) {
	ts := newSession(t)
	ts.ok("type failAfter struct{ n int; err error }\nfunc (f *failAfter) Write(p []byte) (int, error) { return 0, f.err }\nn, err := 1, error(nil)")
	before := ts.s.compiles
	ts.ok("a, b := 2, errors.New(\"x\")\nfmt.Println(a, b)")
	want := ts.s.compiles - before // new names: nothing to compile again
	before = ts.s.compiles
	ts.ok("n, err := 2, errors.New(\"x\")\nfmt.Println(n, err)")
	if got := ts.s.compiles - before; got != want {
		t.Errorf("the cell compiled %d units, want %d (nothing compiled again)", got, want)
	}
}
