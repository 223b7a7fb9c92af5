package eval

import "testing"

// A type assertion, a conversion or a call on them used directly as a
// condition (if, for, switch case, an operand of && or ||) branched on
// nothing: third_party/yaegi/interp/run.go, condBranch. Upstream `if
// x.(bool)` was always true. The expected outputs are `go run`'s
// (conformance program regressions/cond_type_assert.go checks more forms).
func TestBugs3AssertCondition(t *testing.T) {
	ts := newSession(t)
	ts.ok(`type Q struct{ v any }

func (q *Q) Get() any { return q.v }

func get() any { return false }

type B bool`)
	for i := 0; i < 2; i++ {
		c := ts.ok(`var x any = false
var y any = true
if x.(bool) {
	fmt.Println("1 T")
} else {
	fmt.Println("1 F")
}
if get().(bool) {
	fmt.Println("2 T")
} else {
	fmt.Println("2 F")
}
if (&Q{false}).Get().(bool) {
	fmt.Println("3 T")
} else {
	fmt.Println("3 F")
}
n := 0
for x.(bool) {
	n++
	break
}
switch {
case x.(bool):
	fmt.Println("4 x", n)
case y.(bool):
	fmt.Println("4 y", n)
}
b := x.(bool) || y.(bool)
fmt.Println("5", b, x.(bool) && y.(bool))
var xb any = B(false)
f := false
if xb.(B) || B(f) || B(bool(f)) {
	fmt.Println("6 T")
} else {
	fmt.Println("6 F")
}
ca := make(chan any, 1)
ca <- false
if (<-ca).(bool) {
	fmt.Println("7 T")
} else {
	fmt.Println("7 F")
}`)
		if got, want := c.stdout.String(), "1 F\n2 F\n3 F\n4 y 0\n5 true false\n6 F\n7 F\n"; got != want {
			t.Errorf("run %d: got %q, want %q", i, got, want)
		}
	}
}

// A parameter without a name had no frame slot while callers copy the
// arguments by position, so the argument overwrote the callee's next
// local (a func literal `func(int) {...}` called panicked with
// "reflect.Set: value of type int is not assignable to type
// func(...interface {}) (int, error)"): third_party/yaegi/interp/cfg.go.
// Conformance program regressions/unnamed_params.go checks more forms.
func TestBugs3UnnamedParams(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "sort"`)
	ts.ok(`type T struct{ n int }

func (t T) M(int, string) string { return fmt.Sprint("M", t.n) }

func two(int, string) (n int, _ error) {
	n = 2
	return
}`)
	c := ts.ok(`h := func(int) { fmt.Println("x") }
h(1)
h3 := func(_ int, s string) string { return "s=" + s }
fmt.Println(h3(1, "b"))
s := []int{3, 1, 2}
calls := 0
sort.Slice(s, func(int, int) bool { calls++; return false })
fmt.Println(s, calls > 0)
fmt.Println(T{5}.M(1, "a"))
fmt.Println(two(1, "z"))
fmt.Println(func(int, ...string) int { return 9 }(1, "a", "b"))`)
	if got, want := c.stdout.String(), "x\ns=b\n[3 1 2] true\nM5\n2 <nil>\n9\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// The type of `<-ch` was ch's type when computed before compiling (a
// variable declared at a cell's top level: `r, _ := (<-it).Result()` gave
// "undefined selector Result"): third_party/yaegi/interp/type.go. The
// conformance program regressions/recv_paren_selector.go checks more forms.
func TestBugs3RecvSelector(t *testing.T) {
	ts := newSession(t)
	ts.ok(`type R struct{ V int }

func (r *R) Result() (int, error) { return r.V * 10, nil }

func recvOnly(c chan *R) <-chan *R { return c }`)
	ts.ok(`c := make(chan *R, 3)
c <- &R{1}
c <- &R{2}
c <- &R{3}
it := recvOnly(c)`)
	c := ts.ok(`r, err := (<-it).Result()
fmt.Println(r, err)
v := (<-it).V
var x = <-it
fmt.Println(v, x.V)`)
	if got, want := c.stdout.String(), "10 <nil>\n2 3\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
