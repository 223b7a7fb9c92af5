package eval

import "testing"

// Tests of the s9 ciface work: a value of a compiled interface type
// (fmt.Stringer, sort.Interface, any field of a compiled struct) holding a
// value of a notebook type is a value of the type's named runtime type
// (yaegi interp/run.go genInterfaceWrapper, rtiface.go namedForIface),
// across cells. Every expectation is what `go run` prints for the same
// statements in one program.

// A compiled interface value made in one cell keeps its type in later
// cells, also after the type is declared again with another method: map
// keys, assertions and reflect see the value's own type.
func TestCifaceAcrossCells(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "reflect")
type S int
func (s S) String() string { return fmt.Sprint("S", int(s)) }
var keep fmt.Stringer = S(1)
var m = map[fmt.Stringer]int{S(1): 1}`)
	c := ts.ok(`m[keep]++
_, isS := keep.(S)
fmt.Println(m[S(1)], len(m), isS, reflect.TypeOf(keep), keep)`)
	if got, want := c.stdout.String(), "2 1 true main.S S1\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	ts.ok(`type S int
func (s S) String() string { return fmt.Sprint("new", int(s)) }`)
	c = ts.ok(`var fresh fmt.Stringer = S(1)
fmt.Println(fresh, keep, reflect.TypeOf(fresh))`)
	if got, want := c.stdout.String(), "new1 S1 main.S\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// An assertion of a compiled interface value to a notebook interface with
// a method of the same name and another signature is false, and panics
// without an ok result, with Go's message.
func TestCifaceAssertOtherSignature(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"
type S int
func (s S) String() string { return "s" }
type IntStringer interface{ String() int }
var s fmt.Stringer = S(1)`)
	c := ts.ok(`_, ok := s.(IntStringer)
var a any = s
_, ok2 := a.(IntStringer)
fmt.Println(ok, ok2)`)
	if got, want := c.stdout.String(), "false false\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	_, e := ts.fails(`_ = s.(IntStringer)`)
	if got, want := e.Value, "interface conversion: main.S is not main.IntStringer: missing method String"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
