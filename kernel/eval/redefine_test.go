package eval

import (
	"strings"
	"testing"
)

func TestRedefinition(t *testing.T) {
	ts := newSession(t)
	ts.ok("func f() int { return 5 }\nfunc g() int { return f() }\nfunc h() int { return g() * 10 }")
	// Callers, and their callers, see the new func, also later in the same cell.
	if c := ts.ok("func f() int { return 6 }\nh()"); c.text() != "60" {
		t.Errorf("h() after redefining f = %q", c.text())
	}
	// A type and its methods can be redefined.
	ts.ok("type T struct{ A int }\nfunc (t T) Name() string { return \"v1\" }\nfunc describe(t T) string { return t.Name() }")
	ts.ok("func (t T) Name() string { return \"v2\" }")
	if c := ts.ok("describe(T{1})"); c.text() != `"v2"` {
		t.Errorf("describe after a method redefinition = %q", c.text())
	}
	ts.ok("type T struct{ A, B int }\nfunc (t T) Name() string { return fmt.Sprint(\"v3 \", t.B) }")
	if c := ts.ok("describe(T{1, 2})"); c.text() != `"v3 2"` {
		t.Errorf("describe after a type redefinition = %q", c.text())
	}
	// Interfaces see a redefined method too.
	ts.ok("type Shape interface{ Area() float64 }\ntype Sq struct{ S float64 }\nfunc (s Sq) Area() float64 { return s.S * s.S }\nfunc total(xs ...Shape) float64 { t := 0.0; for _, x := range xs { t += x.Area() }; return t }")
	if c := ts.ok("total(Sq{2})"); c.text() != "4" {
		t.Errorf("total = %q", c.text())
	}
	if c := ts.ok("func (s Sq) Area() float64 { return 1 }\ntotal(Sq{2})"); c.text() != "1" {
		t.Errorf("total after redefining Area = %q", c.text())
	}
	// Variables and consts can be redefined, with another type.
	ts.ok("var v = 1\nconst K = 2")
	if c := ts.ok("var v = \"s\"\nconst K = 3\nv + fmt.Sprint(K)"); c.text() != `"s3"` {
		t.Errorf("got %q", c.text())
	}
	// A caller that no longer compiles is reported, not silently stale.
	ts.ok("type P struct{ X int }\nfunc mk() P { return P{1} }")
	c := ts.ok("type P struct{ X, Y int }")
	if !strings.Contains(c.stderr.String(), "func mk") {
		t.Errorf("no note about mk: %q", c.stderr)
	}
	d := ts.s.Declarations()
	if !strings.Contains(d, "func mk (cell[") || strings.Contains(d, "return P{1}") {
		t.Errorf("Declarations keeps a broken func:\n%s", d)
	}
}

// TestRedefinedTypeDropsStaleMethods: a student pastes a second program
// that declares a type of the same name with other fields. A method of the
// earlier type that does not compile with the new fields is gone from the
// new type (it was compiled for the old fields: kept, fmt called it and it
// read fields the new type does not have — a panic in fmt's %v); one that
// compiles stays, and a later declaration that makes it compile again
// brings it back.
func TestRedefinedTypeDropsStaleMethods(t *testing.T) {
	ts := newSession(t)
	ts.ok("type Item struct {\n\tName string\n\tN int\n}\nfunc (i Item) String() string { return fmt.Sprintf(\"%s x%d\", i.Name, i.N) }\nfunc (i *Item) Inc() { i.N++ }\nfunc (i Item) Kind() string { return \"item\" }\nold := Item{\"o\", 1}")
	c := ts.ok("type Item struct {\n\tPrice float64\n\tLabel string\n}\nxs := []Item{{3.5, \"c\"}, {1.25, \"a\"}}\nfmt.Printf(\"%+v\\n\", xs)\nfmt.Println(xs[0], xs[0].Kind(), old)")
	if got, want := c.stdout.String(), "[{Price:3.5 Label:c} {Price:1.25 Label:a}]\n{3.5 c} item o x1\n"; got != want {
		t.Errorf("after redefining Item: stdout %q, want %q", got, want)
	}
	for _, m := range []string{"Item.String", "Item.Inc"} {
		if !strings.Contains(c.stderr.String(), "method "+m) || !strings.Contains(c.stderr.String(), "no longer has it") {
			t.Errorf("no note about %s: %q", m, c.stderr)
		}
	}
	if _, e := ts.fails("xs[0].Inc()"); e.Name != "CompileError" {
		t.Errorf("Inc on the new Item: %v, want a CompileError", e)
	}
	c = ts.ok("type Item struct {\n\tName string\n\tN int\n\tExtra bool\n}\ny := Item{Name: \"back\", N: 2}\ny.Inc()\nfmt.Println(y)")
	if got, want := c.stdout.String(), "back x3\n"; got != want {
		t.Errorf("methods after declaring the fields again: %q, want %q", got, want)
	}
}

func TestDeclarations(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "strings"
x := 5
t0 := time.Now()
const N = 3
func up(s string) string { return strings.ToUpper(s) }
fmt.Println(up("a"))`)
	ts.ok(`type P struct{ X int }
var origin = P{0}
func up(s string) string { return strings.ToUpper(s) + "!" }`)
	ts.fails(`func broken() int { return "s" }`)
	d := ts.s.Declarations()
	// t0, made by a call with effects, is a zero value (as for var t0 =
	// time.Now()).
	for _, want := range []string{`"strings"`, "var x = 5", "const N = 3", "type P struct{ X int }", "var origin = P{0}", `+ "!"`, "var t0 time.Time"} {
		if !strings.Contains(d, want) {
			t.Errorf("Declarations lacks %q:\n%s", want, d)
		}
	}
	for _, bad := range []string{"x := 5", "t0 :=", "time.Now()", "Println", "broken", "strings.ToUpper(s) }"} {
		if strings.Contains(d, bad) {
			t.Errorf("Declarations has %q:\n%s", bad, d)
		}
	}
}

// TestRedefinedValuesReachFuncs: a constant or variable declared again by
// a later cell (a notebook's way to start afresh or try another value) is
// the one the notebook's funcs use from then on, as a func declared again
// is for its callers; a func's own variable of that name is not affected.
func TestRedefinedValuesReachFuncs(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`const N = 3
var results []int
count := 0
func add(x int) { results = append(results, x*N); count++ }
func report() string { return fmt.Sprint(results, count) }
func local() int { results := 7; return results }`)
	ts.ok("add(1)\nadd(2)")
	if c := ts.ok("report()"); c.text() != `"[3 6] 2"` {
		t.Fatalf("before: %s", c.text())
	}
	// Run again to start afresh, with another constant.
	c := ts.ok("const N = 10\nvar results []int\ncount := 0\nadd(5)\nfmt.Println(report())")
	if got := c.stdout.String(); got != "[50] 1\n" {
		t.Errorf("after declaring N, results and count again: %q", got)
	}
	// Another type: the funcs using the variable no longer compile and
	// say so; local's own variable of that name is not the package's.
	c = ts.ok(`var results = "none"`)
	if e := c.stderr.String(); !strings.Contains(e, "func add") || strings.Contains(e, "func local") {
		t.Errorf("notes: %q", e)
	}
	if c := ts.ok("local()"); c.text() != "7" {
		t.Errorf("local() = %s", c.text())
	}
}

// TestFailedStatementCellChangesNothing checks a cell of statements only
// (its symbols marked by name) that declares again a variable a func uses,
// so that the func compiles again, and then fails to compile: the func and
// the variable are those of before.
func TestFailedStatementCellChangesNothing(t *testing.T) {
	ts := newSession(t)
	ts.ok("n := 1")
	ts.ok("func f() int { return n * 10 }")
	ts.ok("func g() int { return f() + 1 }")
	ts.fails("n := 2\nnoSuchFunc()")
	if got := ts.ok("fmt.Sprint(n, f(), g())").text(); got != `"1 10 11"` {
		t.Errorf("after the failed cell: %s, want \"1 10 11\"", got)
	}
	ts.fails("m := 3\nnoSuchFunc(m)")
	if c, _ := ts.fails("m"); c == nil {
		t.Errorf("m is defined after a cell that failed to compile")
	}
	ts.ok("n := 3")
	if got := ts.ok("fmt.Sprint(n, f(), g())").text(); got != `"3 30 31"` {
		t.Errorf("after n := 3: %s, want \"3 30 31\"", got)
	}
}
