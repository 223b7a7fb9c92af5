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
