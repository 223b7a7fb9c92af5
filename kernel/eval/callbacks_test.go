package eval

import (
	"strings"
	"testing"
)

// Callbacks that compiled code runs in goroutines of its own belong to the
// cell that made them, as time.AfterFunc's do: context.AfterFunc's
// callback prints into its cell, and its panic is the cell's goroutine
// panic ("panic: boom", as go run ends with), not the end of the
// interpreter; the session goes on with its variables.
func TestContextAfterFuncIsTheCells(t *testing.T) {
	ts := newSession(t)
	ts.ok("import (\n\t\"context\"\n\t\"fmt\"\n\t\"time\"\n)\nkeep := 3")
	c := ts.ok(`ctx, cancel := context.WithCancel(context.Background())
done := make(chan bool)
context.AfterFunc(ctx, func() { fmt.Println("after func ran"); close(done) })
cancel()
<-done`)
	if got := c.stdout.String(); got != "after func ran\n" {
		t.Errorf("stdout %q", got)
	}
	c = ts.run(`ctx2, cancel2 := context.WithCancel(context.Background())
context.AfterFunc(ctx2, func() { panic("boom in AfterFunc") })
cancel2()
time.Sleep(5 * time.Second)
fmt.Println("not reached")`)
	if e, ok := c.err.(*Error); !ok || e.Name != "panic" || e.Value != "boom in AfterFunc" {
		t.Fatalf("want the callback's panic as the cell's error, got %v", c.err)
	}
	if strings.Contains(c.stdout.String(), "not reached") {
		t.Error("the cell went on after its goroutine panicked")
	}
	if c = ts.ok(`fmt.Println(keep)`); c.stdout.String() != "3\n" {
		t.Errorf("after the panic: %q", c.stdout.String())
	}
}

// runtime.SetFinalizer of an object of a notebook type: the interpreted
// finalizer's parameter has the interpreter's type for *obj, which the
// runtime refused with a fatal error that ended the interpreter ("cannot
// pass *main.obj to finalizer func(*struct {...})"). It runs now, as in
// go run, and prints into its cell; a panic in it is the cell's goroutine
// panic.
func TestSetFinalizerOfNotebookType(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"runtime"
	"time"
)
type obj struct {
	b    [64]byte
	name string
}
func fin(p *obj) { fmt.Println("finalized", p.name) }
func finPanic(p *obj) { panic("finalizer boom " + p.name) }
func mk(name string, f func(*obj)) {
	o := &obj{name: name}
	runtime.SetFinalizer(o, f)
}
var x int
runtime.SetFinalizer(&x, nil)`)
	c := ts.ok(`mk("a", fin)
for i := 0; i < 100; i++ {
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
}`)
	if got := c.stdout.String(); got != "finalized a\n" {
		t.Errorf("stdout %q, want \"finalized a\\n\"", got)
	}
	c = ts.run(`mk("b", finPanic)
for i := 0; i < 500; i++ {
	runtime.GC()
	time.Sleep(10 * time.Millisecond)
}`)
	if e, ok := c.err.(*Error); !ok || e.Name != "panic" || e.Value != "finalizer boom b" {
		t.Fatalf("want the finalizer's panic as the cell's error, got %v", c.err)
	}
}
