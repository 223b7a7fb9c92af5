package eval

import (
	"strings"
	"testing"
)

// r2panic: deferred calls, recover and panics (second round). Every want is
// what `go run` prints for the same program (main's body as cells).
type r2Case struct {
	name   string
	cells  []string
	stdout string // of all cells
	panic  string // the last cell's panic message ("" if none)
}

var r2Cases = []r2Case{
	// A func literal passed to a compiled func (wg.Go, a fast call) keeps
	// the loop variable of its iteration.
	{"WaitGroupGoLoopVar", []string{`import ("fmt"; "sync")`, `func run() {
	var wg sync.WaitGroup
	out := make([]int, 3)
	for i := 0; i < 3; i++ {
		wg.Go(func() { out[i] = i + 1 })
	}
	wg.Wait()
	fmt.Println(out)
}`, `run()`}, "[1 2 3]\n", ""},
	// A top-level deferred call that recovers and panics again: no hang.
	{"TopLevelRepanic", []string{`import "fmt"`, `defer func() {
	r := recover()
	fmt.Println("caught", r)
	panic(r)
}()
panic("first")`}, "caught first\n", "first [recovered, repanicked]"}, // as go run prints it (Go 1.25)
	// A top-level deferred call that recovers ends the cell, as main
	// returns: the final expression statement does not run.
	{"TopLevelRecoverEndsCell", []string{`import "fmt"`, `func mayPanic() {
	panic("a problem")
}`, `defer func() {
	if r := recover(); r != nil {
		fmt.Println("Recovered. Error:\n", r)
	}
}()
mayPanic()
fmt.Println("After mayPanic()")`}, "Recovered. Error:\n a problem\n", ""},
	{"RecoverOutsidePanic", []string{`import "fmt"`,
		`fmt.Println("recover outside panic:", recover())`}, "recover outside panic: <nil>\n", ""},
	// A deferred closure that uses a variable of its frame recovers.
	{"RecoverInCapturingClosure", []string{`import "fmt"`,
		`func g() { x := 1; defer func() { fmt.Println(x, recover()) }(); panic("p") }`, `g()`}, "1 p\n", ""},
	// A panic in a deferred call replaces the panic, the next one recovers it.
	{"PanicInDeferred", []string{`import "fmt"`, `func g2() {
	defer func() { fmt.Println("d1", recover()) }()
	defer func() { panic("second") }()
	panic("p")
}`, `g2()`}, "d1 second\n", ""},
	// The arguments of a deferred call are evaluated at the defer statement.
	{"DeferArgs", []string{`import "fmt"`, `func main2() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("deferred", i)
	}
	x := 1
	defer fmt.Println("x at defer time:", x)
	x = 2
	defer func() { fmt.Println("x in closure:", x) }()
	x = 3
	fmt.Println("end of main")
}`, `main2()`}, "end of main\nx in closure: 3\nx at defer time: 1\ndeferred 2\ndeferred 1\ndeferred 0\n", ""},
	{"DeferArgsInterpreted", []string{`import "fmt"`, `func g(a int, s []int) { fmt.Println("g", a, s) }
func m3() { x := 1; s := []int{1}; defer g(x, s); x = 2; s[0] = 5; s = nil }`, `m3()`}, "g 1 [5]\n", ""},
	// A compiled value asserted to an interface type of the cell.
	{"AssertCompiledToInterface", []string{`import ("errors"; "fmt"; "os")`, `type T interface {
	error
	Timeout() bool
}`, `_, err := os.ReadFile("/definitely/not/here")
t, ok := err.(T)
fmt.Println(ok, t.Timeout(), t.Error())
_, ok = err.(interface{ Foo() })
fmt.Println(ok)
var e2 error = errors.New("x")
_, ok = e2.(T)
fmt.Println(ok)
_, ok = errors.AsType[interface {
	error
	Timeout() bool
}](err)
fmt.Println(ok)`}, "true false open /definitely/not/here: no such file or directory\nfalse\nfalse\ntrue\n", ""},
	// An unrecovered panic in a goroutine ends a Go program: it ends the
	// cell that started the goroutine with that panic (the kernel lives).
	{"GoroutinePanicStopsCell", []string{`import ("fmt"; "sync"; "time")`, `var wg sync.WaitGroup
wg.Add(1)
fmt.Println("starting")
go func() {
	defer wg.Done()
	panic("in goroutine")
}()
wg.Wait()
time.Sleep(500 * time.Millisecond)
fmt.Println("not reached")`}, "starting\n", "in goroutine"},
	{"WaitGroupGoPanicStopsCell", []string{`import ("fmt"; "sync"; "time")`, `func main2() {
	var wg sync.WaitGroup
	wg.Go(func() { panic(fmt.Sprint("boom ", 1)) })
	wg.Wait()
	time.Sleep(300 * time.Millisecond)
	fmt.Println("not reached")
}`, `main2()`}, "", "boom 1 [recovered, repanicked]"}, // WaitGroup.Go recovers and panics again
	// A compiled value in a type switch with interface cases.
	{"TypeSwitchCompiledInterface", []string{`import ("errors"; "fmt"; "os")`, `type S struct{ v int }
type TO interface{ Timeout() bool }
func describe(x any) string {
	switch v := x.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", v, v)
	case TO:
		return fmt.Sprint("timeout ", v.Timeout())
	case error:
		return "error " + v.Error()
	case S:
		return fmt.Sprint("S ", v.v)
	default:
		return fmt.Sprintf("other %T", v)
	}
}
func d2(x any) string {
	switch v := x.(type) {
	case TO, error:
		return fmt.Sprintf("multi %v", v)
	}
	return "none"
}`, `_, err := os.Open("/nonexistent")
for _, x := range []any{nil, 1, errors.New("e"), S{3}, err, 1.5} {
	fmt.Println(describe(x), d2(x))
}`}, "nil none\ninteger 1 (int) none\nerror e multi e\nS 3 none\ntimeout false multi open /nonexistent: no such file or directory\nother float64 none\n", ""},
	{"PanicErrorType", []string{`import "fmt"`, r2Types, `panic(E{12})`}, "", "E12"},
	{"PanicErrorTypeDeferred", []string{`import "fmt"`, r2Types,
		`func h() { defer fmt.Println("deferred runs"); panic(E{12}) }`, `h()`}, "deferred runs\n", "E12"},
	{"PanicStringer", []string{`import "fmt"`, r2Types, `panic(St{1})`}, "", "st!"},
	{"PanicNamedInt", []string{`import "fmt"`, r2Types, `panic(myInt(5))`}, "", "main.myInt(5)"},
	{"PanicNamedString", []string{`import "fmt"`, r2Types, `panic(S("x"))`}, "", `main.S("x")`},
	{"PanicNamedFloat", []string{`import "fmt"`, r2Types, `panic(F(1.5))`}, "", "main.F(1.5)"},
	{"PanicNamedComplex", []string{`import "fmt"`, r2Types, `panic(C(1+2i))`}, "", "main.C(1+2i)"},
}

const r2Types = `type E struct{ N int }

func (e E) Error() string { return fmt.Sprintf("E%d", e.N) }

type myInt int
type S string
type F float64
type C complex128
type St struct{ A int }

func (s St) String() string { return "st!" }`

func TestR2Panic(t *testing.T) {
	for _, tc := range r2Cases {
		t.Run(tc.name, func(t *testing.T) {
			ts := newSession(t)
			var out strings.Builder
			for i, code := range tc.cells {
				if i < len(tc.cells)-1 {
					out.WriteString(ts.ok(code).stdout.String())
					continue
				}
				if tc.panic == "" {
					out.WriteString(ts.ok(code).stdout.String())
					break
				}
				c, e := ts.fails(code)
				out.WriteString(c.stdout.String())
				if e.Name != "panic" || e.Value != tc.panic {
					t.Errorf("error %s %q, want panic %q", e.Name, e.Value, tc.panic)
				}
			}
			if got := out.String(); got != tc.stdout {
				t.Errorf("stdout %q, want %q", got, tc.stdout)
			}
			// The session still works after the cell.
			if c := ts.ok(`println("ok")`); c.err != nil {
				t.Error(c.err)
			}
		})
	}
}
