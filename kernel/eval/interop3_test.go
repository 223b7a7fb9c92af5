package eval

import "testing"

// Interpreted values seen by compiled code (issue 11): the value of an
// interpreted type given to the standard library, recovered from a panic or
// held by an interface is seen as Go sees it. Expected outputs are those of
// `go run`.

// TestInteropRecoverKeepsType: recover returns the panicked value with its
// interpreted type (%T, its methods), also for a type without methods; a
// value of a type with methods held by an interface{} is its value for
// compiled code (fmt printed the interpreter's internal struct), and two
// such interfaces compare as Go compares them.
func TestInteropRecoverKeepsType(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`type code int

type T int

func (T) Foo() {}

type S int

func (s S) String() string { return fmt.Sprintf("S%d", int(s)) }

type PE struct{ s string }

func (e *PE) Error() string { return "pe " + e.s }`)
	c := ts.ok(`func main() {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
	}()
	var a any = T(1)
	fmt.Println(a)
	fmt.Printf("%v %T %d\n", a, a, a)
	var b, c any = S(2), S(2)
	x := S(2)
	fmt.Println(b == c, b == any(x), any(x), b != c)
	var p any = PE{"b"}
	_, ok := p.(error)
	fmt.Println(ok, p)
	func() {
		defer func() {
			r := recover()
			fmt.Println(r)
		}()
		_ = p.(error)
	}()
	panic(code(7))
}`)
	want := "1\n1 main.T 1\ntrue true S2 false\nfalse {b}\ninterface conversion: main.PE is not error: missing method Error\n7 main.code\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}
