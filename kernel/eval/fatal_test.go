package eval

// The runtime's fatal errors that a cell could cause through a call of
// package runtime end the cell with that fatal error, and the kernel's
// process lives on (found by TestGoRootPrograms: mallocfin.go,
// typeparam/orderedmap.go, recover.go).

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// wantFatal runs code in ts and checks that the cell ends with a fatal
// error whose text contains msg, and that the session still runs cells.
func wantFatal(t *testing.T, ts *tsession, code, msg string) {
	t.Helper()
	_, e := ts.fails(code)
	if e.Name != "fatal error" || !strings.Contains(e.Value, msg) {
		t.Fatalf("error %s: %q, want a fatal error with %q", e.Name, e.Value, msg)
	}
	wantStdout(t, ts, `fmt.Println("alive")`, "alive\n")
}

func TestSetFinalizerFatalErrorsEndTheCell(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"runtime"
)`)
	ts.ok(`type T struct{ n int }`)
	wantFatal(t, ts, `p := &T{}
runtime.SetFinalizer(p, func(*T) {})
runtime.SetFinalizer(p, func(*T) {})`, "runtime.SetFinalizer: finalizer already set")
	wantFatal(t, ts, `runtime.SetFinalizer(T{}, func(T) {})`, "runtime.SetFinalizer: first argument is main.T, not pointer")
	wantFatal(t, ts, `runtime.SetFinalizer(nil, nil)`, "runtime.SetFinalizer: first argument is nil")
	wantFatal(t, ts, `runtime.SetFinalizer(&T{}, 1)`, "runtime.SetFinalizer: second argument is int, not a function")
	wantFatal(t, ts, `runtime.SetFinalizer(&T{}, func(*int) {})`, "runtime.SetFinalizer: cannot pass *main.T to finalizer func(*int)")
	wantFatal(t, ts, `runtime.SetFinalizer(&T{}, func(...*T) {})`, "because dotdotdot")
	// A fatal error is not recovered, and runs no deferred call.
	_, e := ts.fails(`func() {
	defer func() { fmt.Println("deferred", recover()) }()
	runtime.SetFinalizer(nil, nil)
}()`)
	if e.Name != "fatal error" {
		t.Fatalf("error %s: %q, want the fatal error", e.Name, e.Value)
	}
	// Clearing a finalizer lets another be set.
	ts.ok(`q := &T{}
runtime.SetFinalizer(q, func(*T) {})
runtime.SetFinalizer(q, nil)
runtime.SetFinalizer(q, func(*T) {})`)
}

// A finalizer whose parameter is a pointer to a struct with a field of a
// notebook type (the interpreter's type of main.A spells out the field's
// type, *struct{ n int } for *main.B) runs, given the object.
func TestSetFinalizerNestedNotebookTypes(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"runtime"
	"time"
)`)
	wantStdout(t, ts, `type B struct{ n int }
type A struct {
	b *B
	n int
}
done := make(chan int, 1)
func() {
	a := &A{b: &B{n: 7}, n: 5}
	runtime.SetFinalizer(a, func(a *A) { done <- a.n + a.b.n })
}()
for i := 0; i < 50; i++ {
	runtime.GC()
	select {
	case n := <-done:
		fmt.Println("finalized", n)
		i = 50
	default:
		time.Sleep(10 * time.Millisecond)
	}
}`, "finalized 12\n")
}

func TestBreakpointEndsTheCell(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"runtime"
)`)
	wantFatal(t, ts, `runtime.Breakpoint()`, "SIGTRAP")
}

// Compiled functions that call the real os.Exit end the cell, not the
// kernel's process: a FlagSet made with flag.ExitOnError ends the cell as
// os.Exit(2) on a bad argument, as Go's exits the program (found by
// TestGoRootPrograms: testing.Main in fixedbugs/issue56990.go ended the
// process); called through a method value, its Parse panics with the
// error.
func TestExitOnErrorFlagSetEndsTheCell(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"flag"
	"fmt"
)`)
	_, e := ts.fails(`fs := flag.NewFlagSet("prog", flag.ExitOnError)
n := fs.Int("n", 1, "count")
fs.Parse([]string{"-n", "7"})
fmt.Println(*n)
fs.Parse([]string{"-bad"})`)
	if e.Name != "SystemExit" || e.Code != 2 {
		t.Fatalf("error %s %d: %q, want SystemExit 2", e.Name, e.Code, e.Value)
	}
	wantStdout(t, ts, `fmt.Println("alive")`, "alive\n")
	// Through a method value too, as Go exits.
	_, e = ts.fails(`parse := fs.Parse
parse([]string{"-worse"})`)
	if e.Name != "SystemExit" || e.Code != 2 {
		t.Fatalf("error %s %d: %q, want SystemExit 2", e.Name, e.Code, e.Value)
	}
	_, e = ts.fails(`var zero flag.FlagSet
zero.Init("z", flag.ExitOnError)
zero.Parse([]string{"-h"})`)
	if e.Name != "SystemExit" || e.Code != 0 {
		t.Fatalf("error %s %d: %q, want SystemExit 0", e.Name, e.Code, e.Value)
	}
	wantStdout(t, ts, `fmt.Println("alive")`, "alive\n")
}

func TestTestingMainEndsTheCell(t *testing.T) {
	// The inner tests report on the process's stdout ("--- FAIL: TestA"),
	// which go test reads: they write to a file instead.
	out, err := os.Create(filepath.Join(t.TempDir(), "stdout"))
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	stdout := os.Stdout
	os.Stdout = out
	defer func() { os.Stdout = stdout }()
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"testing"
)`)
	for _, c := range []struct {
		fail bool
		code int
		out  string
	}{{false, 0, "PASS"}, {true, 1, "FAIL"}} {
		_, e := ts.fails(fmt.Sprintf(`testing.Main(func(pat, str string) (bool, error) { return true, nil },
	[]testing.InternalTest{{Name: "TestA", F: func(t *testing.T) {
		if %v {
			t.Error("failed on purpose")
		}
	}}}, nil, nil)`, c.fail))
		if e.Name != "SystemExit" || e.Code != c.code {
			t.Fatalf("error %s: %q (code %d), want SystemExit %d", e.Name, e.Value, e.Code, c.code)
		}
	}
	if b, _ := os.ReadFile(out.Name()); !strings.Contains(string(b), "--- FAIL: TestA") || !strings.HasSuffix(string(b), "FAIL\n") {
		t.Errorf("the tests' report:\n%s\nwant the failure of TestA, then FAIL", b)
	}
	wantStdout(t, ts, `fmt.Println("alive")`, "alive\n")
}
