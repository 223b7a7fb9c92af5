package eval

import "testing"

// A func literal (in func main, or the value of a package-level var) is
// generated with the program, once every declaration compiled: one that
// uses a type declared later in the cell gives its values to compiled
// code with the type's methods. It was generated as soon as it compiled,
// before the methods of such a type: errors.As found no Error on a *T,
// reflect.TypeOf saw no method. Go's output.
// third_party/yaegi/interp/cfg.go funcLit, genRun.
func TestFuncLitSeesMethodsOfLaterTypes(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"errors"
	"fmt"
	"reflect"
)

var check = func(err error) bool {
	var nf *NotFound
	return errors.As(err, &nf)
}

func main() {
	inner := func(err error) (bool, int) {
		var nf *NotFound
		return errors.As(err, &nf), reflect.TypeOf(nf).NumMethod()
	}
	err := fmt.Errorf("w: %w", &NotFound{"k"})
	ok, n := inner(err)
	fmt.Println(ok, n, check(err))
}

type NotFound struct{ Key string }

func (e *NotFound) Error() string { return "not found " + e.Key }`)
	if got, want := c.stdout.String(), "true 1 true\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A generic instance is generated with the program, like a func literal:
// instantiated with a type declared later in the cell, its code gives
// values of that type to compiled code with the type's methods (it was
// generated as soon as it compiled: errors.As into a *T was false,
// reflect.TypeOf saw no method). Go's output.
// third_party/yaegi/interp/cfg.go genRunLater, program.go.
func TestGenericInstanceSeesMethodsOfLaterTypes(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"errors"
	"fmt"
	"reflect"
)

func AsType[T error](err error) (T, bool) {
	var target T
	ok := errors.As(err, &target)
	return target, ok
}

func Methods[T any]() int {
	var p *T
	return reflect.TypeOf(p).NumMethod()
}

func main() {
	nf, ok := AsType[*NotFound](fmt.Errorf("wrap: %w", &NotFound{"k"}))
	fmt.Println(ok, nf, Methods[NotFound]())
}

type NotFound struct{ K string }

func (n *NotFound) Error() string { return "nf " + n.K }`)
	if got, want := c.stdout.String(), "true nf k 1\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Each `_ = x` at a cell's top level (main's body typed as a cell) has
// a slot of its own: a second one of another type reused the first's
// and panicked ("reflect.Set: value of type []int is not assignable to
// type map[string]int"). third_party/yaegi/interp/cfg.go assign.
func TestBlankAssignsAtTopLevelOfDifferentTypes(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	c := ts.ok(`func f() int { fmt.Println("f called"); return 1 }

_ = []int{1, 2}
_ = map[string]int{"p": 1}
_ = f()
_, x := 5, "x"
_, _ = x, 7
fmt.Println("ok", x)`)
	if got, want := c.stdout.String(), "f called\nok x\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
