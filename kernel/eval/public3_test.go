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
