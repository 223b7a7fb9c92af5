package eval

// Regression tests of session 20's pycompat20 helper (third_party/yaegi
// PATCHES.md "s20-pycompat20"). The expected outputs are what `go run`
// prints for the program made of the cells (checked by running it).

import (
	"strings"
	"testing"
)

// return g(), g a compiled func, from a func whose result is an interface
// of the notebook: the result was stored as an interface value without its
// dynamic type, so a method call on it panicked (nil pointer dereference),
// as with func mk() Q { return queue.New(0) } (pair
// queue/s20_test_queue_join_twice_workers_cum, as cells).
func TestReturnCompiledCallAsNotebookInterface(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"errors"
	"fmt"
	"io"
	"strings"
)`)
	ts.ok(`type Lener interface{ Len() int }

type Reader interface {
	Read(p []byte) (int, error)
}

func direct() Lener { return strings.NewReader("abc") }

func pair() (Lener, int) { return strings.NewReader("abcd"), 1 }

func limited() Reader { return io.LimitReader(strings.NewReader("abcdef"), 2) }

func nilReader() Reader { return io.Reader(nil) }

func nilPtr() Lener { return (*strings.Reader)(nil) }

func missing() io.Reader { return errReader() }

func errReader() io.Reader { return nil }
`)
	c := ts.ok(`q := direct()
fmt.Printf("%T %d\n", q, q.Len())
p, n := pair()
fmt.Println(p.Len(), n)
f := func() Lener { return strings.NewReader("ab") }
fmt.Println(f().Len(), direct().Len())
b, err := io.ReadAll(limited())
fmt.Println(string(b), err)
fmt.Println(nilReader() == nil, nilPtr() == nil, missing() == nil)
var l Lener = direct()
_, ok := l.(*strings.Reader)
fmt.Println(ok, errors.Is(nil, nil))`)
	if got, want := c.stdout.String(), "*strings.Reader 3\n4 1\n2 3\nab <nil>\ntrue false true\ntrue true\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// g(h()), h a compiled func and g's parameter an interface of the
// notebook: the argument was made an interface value without its dynamic
// type, so a method call on the parameter panicked (nil pointer
// dereference), as with use("Semaphore", threading.NewSemaphore(2)) (pair
// threading/s20_locks_through_one_interface, as cells).
func TestCompiledCallArgAsNotebookInterface(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"io"
	"strings"
)`)
	ts.ok(`type Lener interface{ Len() int }

func use(name string, q Lener) { fmt.Println(name, q.Len()) }

func both(a, b Lener) int { return a.Len() + b.Len() }

func isNil(r io.Reader) bool { return r == nil }

func main() {
	use("main", strings.NewReader("abcd"))
}
`)
	c := ts.ok(`use("x", strings.NewReader("abc"))
main()
f := func(q Lener) int { return q.Len() }
fmt.Println(f(strings.NewReader("ab")), both(strings.NewReader("a"), strings.NewReader("bc")))
fmt.Println(isNil(io.Reader(nil)), isNil(strings.NewReader("")))`)
	if got, want := c.stdout.String(), "x 3\nmain 4\n2 3\ntrue false\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// More places where a compiled func's result becomes an interface of the
// notebook: variadic arguments, method arguments and results, go and defer
// calls, (Q, error) results. All but the first and the last panicked
// (nil pointer dereference) before binResultIface.
func TestCompiledResultsAsNotebookInterfaceMore(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"bytes"
	"fmt"
	"strings"
)`)
	ts.ok(`type Q interface{ Len() int }

func use(q Q) { fmt.Println(q.Len()) }

func useAll(qs ...Q) {
	for _, q := range qs {
		fmt.Println(q.Len())
	}
}

type T struct{}

func (T) Use(q Q) int { return q.Len() }

func (T) Make() Q { return strings.NewReader("xy") }

func two() (Q, error) { return strings.NewReader("abcde"), nil }
`)
	c := ts.ok(`{
	qs := []Q{}
	qs = append(qs, strings.NewReader("abc"))
	fmt.Println(qs[0].Len())
}
useAll(strings.NewReader("a"), strings.NewReader("bb"))
fmt.Println(T{}.Use(strings.NewReader("abcd")))
{
	var t T
	fmt.Println(t.Make().Len())
}
{
	done := make(chan bool)
	go func() { use(strings.NewReader("go")); done <- true }()
	<-done
}
func() { defer use(strings.NewReader("def")) }()
{
	q, err := two()
	fmt.Println(q.Len(), err)
}
{
	var q Q
	q = T{}.Make()
	fmt.Println(q.Len())
}
{
	f := func() (Q, int) { return strings.NewReader("ab"), 2 }
	q, n := f()
	fmt.Println(q.Len(), n)
}
{
	var q Q = bytes.NewBufferString("buf")
	fmt.Println(q.Len())
}`)
	if got, want := c.stdout.String(), "3\n1\n2\n4\n2\n2\n3\n5 <nil>\n2\n2 2\n3\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A compiled concrete type without a method of an interface of the
// notebook (by name) does not implement it: var w W = strings.ToUpper
// ran (the interface was taken as implemented, "optimistically"); gc
// refuses it: "func(string) string does not implement W (missing method
// Wait)". Compiled types that have the methods still implement it.
func TestCompiledValueMissingMethodOfNotebookInterface(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"io"
	"strings"
	"time"
)`)
	ts.ok(`type W interface{ Wait() bool }

type L interface{ Len() int }

type S interface{ String() string }
`)
	for _, code := range []string{
		`var w W = strings.ToUpper; _ = w`,
		`var t time.Time; var w W = t.Unix; _ = w`,
		`var l L = strings.Reader{}; _ = l`,
	} {
		_, e := ts.fails(code)
		if !strings.Contains(e.Error(), "cannot use ") || !strings.Contains(e.Error(), " value in variable declaration") {
			t.Errorf("%s: %v", code, e)
		}
	}
	c := ts.ok(`var l L = strings.NewReader("ab")
var r io.Reader = strings.NewReader("abc")
var s S = time.Second
fmt.Println(l.Len(), r.(L).Len(), s)`)
	if got, want := c.stdout.String(), "2 3 1s\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
