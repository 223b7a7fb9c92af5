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
