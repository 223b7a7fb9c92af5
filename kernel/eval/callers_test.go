package eval

import (
	"strings"
	"testing"
)

// In a notebook, runtime.Caller and log's Lshortfile name the cell
// ("cell[N]", the name panics and errors use) and the line within it, and a
// func of another cell by that cell's name.
func TestCallerNamesCells(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "runtime"; "log"; "os")

func where() string {
	_, file, line, _ := runtime.Caller(1)
	return fmt.Sprintf("%s:%d", file, line)
}`)
	c := ts.ok(`fmt.Println(where())
x := 1
_ = x
fmt.Println(where())
func() { fmt.Println(where()) }()`)
	if got, want := c.stdout.String(), "cell[2]:1\ncell[2]:4\ncell[2]:5\n"; got != want {
		t.Errorf("runtime.Caller(1) from a cell: got %q, want %q", got, want)
	}
	c = ts.ok(`l := log.New(os.Stdout, "", log.Lshortfile)

l.Println("hi")`)
	if got, want := c.stdout.String(), "cell[3]:3: hi\n"; got != want {
		t.Errorf("Lshortfile: got %q, want %q", got, want)
	}
	c = ts.ok(`pc, _, _, _ := runtime.Caller(0)
fmt.Println(runtime.FuncForPC(pc).Name())
func inner() string { pc, _, _, _ := runtime.Caller(0); return runtime.FuncForPC(pc).Name() }
fmt.Println(inner())`)
	if got, want := c.stdout.String(), "main.main\nmain.inner\n"; got != want {
		t.Errorf("FuncForPC names: got %q, want %q", got, want)
	}
	_, e := ts.fails(`f := runtime.Caller
f(0)`)
	if !strings.Contains(e.Value, "the caller is unknown") {
		t.Errorf("runtime.Caller through a func value: got %q", e.Value)
	}
}

// A func literal of a package-level variable is named main.init.funcN as
// gc names it, numbered across the cells in the order they declare such
// literals (a program made of the cells has them in that order); one in a
// cell's statements is main's (main.main.funcN).
func TestCallerNamesPackageVarLiterals(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"runtime"
)

func name() string {
	pc, _, _, _ := runtime.Caller(1)
	return runtime.FuncForPC(pc).Name()
}

var a = func() string { return name() }`)
	ts.ok(`var b, c = func() string { return name() }, func() string { return name() }`)
	wantStdout(t, ts, `fmt.Println(a(), b(), c())
d := func() string { return name() }
fmt.Println(d())`, "main.init.func1 main.init.func2 main.init.func3\nmain.main.func1\n")
}
