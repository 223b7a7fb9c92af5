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
