package eval

import "testing"

// Regression tests of the engine bugs found by the conformance sections
// public3/ and algo/ (programs in the style of the Go blog, Effective Go,
// the spec's examples and classic algorithms). Expected outputs are what
// `go run` of the same program prints.

// make of a directional channel type (`make(chan<- T, n)`, a defined type
// `type Sink chan<- int`) is valid Go; reflect.MakeChan panicked
// "unidirectional channel type".
func TestPublic3MakeDirectionalChan(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`type Sink chan<- int`)
	wantStdout(t, ts, `ch := make(chan<- float64, 1)
ch <- 2.5
fmt.Println(len(ch), cap(ch))
r := make(<-chan string)
fmt.Printf("%T %v\n", r, r == nil)
var s Sink = make(Sink, 2)
s <- 1
fmt.Printf("%T %d %d\n", s, len(s), cap(s))
s2 := make(Sink)
fmt.Println(cap(s2))`, "1 1\n<-chan string false\nmain.Sink 1 2\n0\n")
}

// A multiple assignment of an untyped nil to a variable of a compiled
// interface type (`n, err = 1, nil` with named results, the idiom of many
// blog programs) panicked "reflect: New(nil)": the temporary of the
// parallel assignment had the source's type, and nil has none.
func TestPublic3MultiAssignNil(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"errors"
	"fmt"
	"io"
	"strings"
)`)
	ts.ok(`type T struct{ X int }

func f() (n int, err error) {
	n, err = 1, nil
	return
}

func g() (p *T, s []int, m map[string]int, fn func() int, ch chan int, r io.Reader, e error) {
	p, s, m, fn, ch, r, e = &T{1}, []int{1}, map[string]int{}, func() int { return 1 }, make(chan int), strings.NewReader("x"), errors.New("e")
	p, s, m, fn, ch, r, e = nil, nil, nil, nil, nil, nil, nil
	return
}`)
	wantStdout(t, ts, `fmt.Println(f())
p, s, m, fn, ch, r, e := g()
fmt.Println(p == nil, s == nil, m == nil, fn == nil, ch == nil, r == nil, e == nil)
ms := map[string][]int{"a": {1}}
var err error = errors.New("x")
ms["a"], err = nil, nil
fmt.Println(ms, len(ms), ms["a"] == nil, err)
arr := []error{errors.New("a"), errors.New("b")}
arr[0], arr[1] = arr[1], nil
fmt.Println(arr[0], arr[1])`, "1 <nil>\ntrue true true true true true true\nmap[a:[]] 1 true <nil>\nb <nil>\n")
}

// Three bugs of method values and calls, found by the spec's method
// expression examples: a method promoted from an embedded interface field
// used as a value (`f := o.M` with `type Outer struct{ I }`) failed
// "undefined selector M"; a method expression (*T).M of a value-receiver
// method called directly panicked "reflect.Set: value of type *struct ...
// is not assignable"; and a deferred call, in a func literal, of a method
// declared after that literal ran nothing, silently (the func wrapper kept
// the start of the method's body from before the body was compiled).
func TestPublic3MethodValuesExprsDefer(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	wantStdout(t, ts, `type T struct{ a int }

type I interface{ M(int) int }

type S struct{ n int }

func (s S) M(x int) int { return s.n * x }

type Outer struct {
	I
	name string
}

func main() {
	o := Outer{S{2}, "o"}
	f := o.M
	o.I = S{10}
	fmt.Println(f(3), o.M(3))
	g := Outer{I: S{3}}.M
	fmt.Println(g(2))
	t := T{3}
	fmt.Println((*T).Mv(&t, 7), (*T).Mv(&T{1}, 1))
	h := func() {
		defer t.Print()
		t.a = 42
	}
	h()
	func() {
		defer t.Print()
	}()
}

func (tv T) Mv(x int) int { return tv.a + x }
func (tv T) Print()       { fmt.Println("T.a =", tv.a) }`, "6 30\n6\n10 2\nT.a = 3\nT.a = 42\n")
}

// An embedded instance of a generic type of several type parameters
// (`*SafeMap[K, int]`, `Pair[string, int]`) had no field name: the cell
// failed "reflect.StructOf: field 0 has no name".
func TestPublic3EmbeddedGenericInstance(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"sync"
)`)
	ts.ok(`type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) String() string { return fmt.Sprint(p.Key, "=", p.Val) }

type Entry struct {
	Pair[string, int]
	Note string
}

type SafeMap[K comparable, V any] struct {
	mu sync.RWMutex
	m  map[K]V
}

func (s *SafeMap[K, V]) Store(k K, v V) { s.mu.Lock(); s.m[k] = v; s.mu.Unlock() }

type Counter[K comparable] struct {
	*SafeMap[K, int]
}`)
	wantStdout(t, ts, `e := Entry{Pair[string, int]{"a", 1}, "n"}
fmt.Println(e.Key, e.Val, e.Pair, e.String())
fmt.Printf("%+v\n", e)
c := Counter[string]{&SafeMap[string, int]{m: map[string]int{}}}
c.Store("k", 2)
fmt.Println(len(c.m), c.m["k"])`, "a 1 a=1 a=1\na=1\n1 2\n")
}
