package eval

import (
	"fmt"
	"strings"
	"testing"
)

// Data races of the engine itself: goroutines started by earlier cells go
// on running while later cells are compiled and run. These tests are meant
// to be run with -race too (make test-race); without it they check what a
// user sees: no lost write, no wrong value.

// TestGlobalWritesSurviveFrameGrowth: a goroutine of one cell writes
// globals in a loop (an increment through the variable, and a struct, a
// call result and a slice assigned whole) while later cells declare many
// globals, which grows the interpreter's global frame. Every write stays.
func TestGlobalWritesSurviveFrameGrowth(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"runtime"
	"sync/atomic"
)
type pair struct{ a, b int }
var counter int
var last pair
var got int
var hist []int
var quit atomic.Bool
var ticks atomic.Int64
var result = make(chan int)
func twice(k int) int { return 2 * k }`)
	ts.ok(`go func() {
	n := 0
	for !quit.Load() {
		n++
		counter++
		last = pair{n, n}
		got = twice(n)
		hist = append(hist[:0], n)
		ticks.Add(1)
	}
	result <- n
}()`)
	ts.ok("for ticks.Load() < 100 { runtime.Gosched() }")
	for i := 0; i < 150; i++ {
		ts.ok(fmt.Sprintf("var g%d = %d\nh%d := []int{g%d, %d}\n_ = h%d", i, i, i, i, i, i))
	}
	c := ts.run(`quit.Store(true)
n := <-result
fmt.Println(counter == n, last.a == n && last.b == n, got == 2*n, len(hist) == 1 && hist[0] == n, g149+h100[0])`)
	if c.err != nil || c.stdout.String() != "true true true true 249\n" {
		t.Fatalf("got %q, %v; want \"true true true true 249\\n\"", c.stdout, c.err)
	}
}

// TestPointerToGlobalSeesAssignments: assigning a composite literal, a
// call's result or a received value to a global variable writes the
// variable, not a new one: a pointer taken before sees the new value (as
// in go run, which prints "2 3 4 5").
func TestPointerToGlobalSeesAssignments(t *testing.T) {
	ts := newSession(t)
	ts.ok(`type T struct{ X int }
var c T
var d T
var e T
var s []int
func mk(x int) T { return T{x} }
var ch = make(chan T, 1)
pc, pd, pe, ps := &c, &d, &e, &s`)
	c := ts.run(`c = T{2}
d = mk(3)
ch <- T{4}
e = <-ch
s = []int{5}
fmt.Println(pc.X, pd.X, pe.X, (*ps)[0])`)
	if c.err != nil || c.stdout.String() != "2 3 4 5\n" {
		t.Fatalf("got %q, %v; want \"2 3 4 5\\n\"", c.stdout, c.err)
	}
	// The same inside a func.
	c = ts.run(`func set() { c = T{6}; d = mk(7); ch <- T{8}; e = <-ch }
set()
fmt.Println(pc.X, pd.X, pe.X)`)
	if c.err != nil || c.stdout.String() != "6 7 8\n" {
		t.Fatalf("got %q, %v; want \"6 7 8\\n\"", c.stdout, c.err)
	}
}

// TestGoroutinesCallFuncsWhileCellsRun: goroutines of an earlier cell call
// funcs (whose frames read the global frame's stop control) and run loops
// while later cells run, one of them interrupted.
func TestGoroutinesCallFuncsWhileCellsRun(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "sync/atomic"
var calls atomic.Int64
var quit atomic.Bool
var result = make(chan int64)
func step(k int) int { calls.Add(1); return k + 1 }
for w := 0; w < 2; w++ {
	go func() {
		k := 0
		for { // at least one call, however late the goroutine first runs
			k = step(k)
			ch := make(chan int, 1)
			ch <- k
			select {
			case k = <-ch:
			}
			if quit.Load() {
				break
			}
		}
		result <- int64(k)
	}()
}`)
	for i := 0; i < 30; i++ {
		ts.ok(fmt.Sprintf("v%d := step(%d)\n_ = v%d", i, i, i))
	}
	ts.interrupt(`fmt.Println("started")
for {
	_ = step(0)
}`)
	for i := 0; i < 30; i++ {
		ts.ok(fmt.Sprintf("w%d := step(%d)\n_ = w%d", i, i, i))
	}
	c := ts.run(`quit.Store(true)
a, b := <-result, <-result
fmt.Println(a > 0, b > 0, calls.Load() >= a+b)`)
	if c.err != nil || strings.TrimSpace(c.stdout.String()) != "true true true" {
		t.Fatalf("got %q, %v; want \"true true true\"", c.stdout, c.err)
	}
}

// BenchmarkCellGlobalLoop is one iteration of a loop of a func that adds
// to a global variable and reads a global slice (global slots are reached
// through the global frame's view, frame.globals).
func BenchmarkCellGlobalLoop(b *testing.B) {
	benchCell(b, `var total int
var xs = []int{1, 2, 3, 4}
func fn(n int) { for i := 0; i < n; i++ { total += xs[i&3] } }`)
}
