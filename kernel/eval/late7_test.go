package eval

// Goroutines that start late belong to the cell that started them, and
// calls of interpreted closure values (late7: /work/scratch/s7/late.md).

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/traefik/yaegi/interp"
)

// TestLate7InterruptedGoroutineStartsLate: a goroutine of an interrupted
// cell that had not run yet when the cell ended stops at its first loop
// check once it runs (it counts as the cell's from its go statement on).
// Before, the cell's end cleared the interrupt flag, and the goroutine's
// `for {}` ran for ever (TestInterruptedGoroutineOfCell hung once so).
func TestLate7InterruptedGoroutineStartsLate(t *testing.T) {
	ts := newSession(t)
	ts.ok(`stopped := make(chan bool, 1)`)
	release := make(chan struct{})
	hold := func() { <-release }
	goRunHook.Store(&hold)
	t.Cleanup(func() { goRunHook.Store(nil) })
	ts.interrupt(`go func() {
	defer func() { stopped <- true }()
	for {
	}
}()
fmt.Println("started")
for {
}`)
	goRunHook.Store(nil)
	time.Sleep(100 * time.Millisecond) // the cell has ended: the goroutine starts now
	close(release)
	c := ts.ok(`select {
case <-stopped:
	fmt.Println("stopped")
case <-time.After(5 * time.Second):
	fmt.Println("still running")
}`)
	if got := c.stdout.String(); got != "stopped\n" {
		t.Errorf("got %q, want \"stopped\\n\"", got)
	}
}

// TestLate7LateStartKeepsItsRun: a goroutine (go statement at the top
// level, in a func, a thread's target, an AfterFunc callback) that first
// runs while the next cell runs is not stopped when that next cell is
// stopped the hard way: it belongs to the cell that started it. Before,
// the frame of a func literal was made when the goroutine first ran, in the
// run of the global frame then (the next cell's): the goroutine vanished
// without finishing. It runs in a child process, which delays the
// goroutines' first interpreted call (interp.GoroutineID is called there)
// until the next cell runs.
//
// What the cells check, as `go run` of the same goroutine prints it
// (/work/scratch/late/latestart/main.go): "ended true".
func TestLate7LateStartKeepsItsRun(t *testing.T) {
	if os.Getenv("GONOTES_LATE7_CHILD") != "" {
		late7Child(t, os.Getenv("GONOTES_LATE7_CHILD"))
		return
	}
	for _, kind := range []string{"go", "gofunc", "gocaptures", "goworker", "thread", "threadworker", "afterfunc", "afterworker"} {
		t.Run(kind, func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestLate7LateStartKeepsItsRun$", "-test.count=1", "-test.v")
			cmd.Env = append(os.Environ(), "GONOTES_LATE7_CHILD="+kind)
			out, err := cmd.CombinedOutput()
			if err != nil || !strings.Contains(string(out), "LATE7 ended true\n") {
				t.Errorf("child %s: %v\n%s", kind, err, out)
			}
		})
	}
}

// late7Child runs the cells of TestLate7LateStartKeepsItsRun for one kind
// of goroutine.
func late7Child(t *testing.T, kind string) {
	hook.Reset()
	s, err := New(Options{HardStopDelay: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	ts := &tsession{t: t, s: s}
	ts.ok(`import "sync/atomic"
var quit atomic.Bool
var n atomic.Int64
begun := make(chan bool, 1)
done := make(chan bool, 1)
block := make(chan int)
func worker() {
	begun <- true
	for !quit.Load() {
		n.Add(1)
	}
	done <- true
}
func spawn() {
	go func() {
		begun <- true
		for !quit.Load() {
			n.Add(1)
		}
		done <- true
	}()
}`)
	// Every interpreted goroutine waits at its first closure call until the
	// gate opens.
	var gate atomic.Pointer[chan struct{}]
	orig := interp.GoroutineID
	interp.GoroutineID = func() int64 {
		if g := gate.Load(); g != nil {
			<-*g
		}
		return orig()
	}
	g := make(chan struct{})
	body := `begun <- true
	for !quit.Load() {
		n.Add(1)
	}
	done <- true`
	gate.Store(&g)
	switch kind {
	case "go":
		ts.ok("go func() {\n\t" + body + "\n}()")
	case "gofunc":
		ts.ok(`spawn()`)
	case "goworker":
		ts.ok(`go worker()`)
	case "threadworker":
		ts.ok("th := &threading.Thread{Target: worker}\nth.Start()")
	case "afterworker":
		ts.ok("time.AfterFunc(time.Millisecond, worker)")
	case "gocaptures":
		ts.ok("k := 1\ngo func() {\n\tn.Add(int64(k))\n\t" + body + "\n}()")
	case "thread":
		ts.ok("th := &threading.Thread{Target: func() {\n\t" + body + "\n}}\nth.Start()")
	case "afterfunc":
		ts.ok("time.AfterFunc(time.Millisecond, func() {\n\t" + body + "\n})")
	}
	// The next cell runs, lets the goroutine start, and is stopped the
	// hard way (a receive that nothing sends).
	c := &cell{stdout: &buf{}, stderr: &buf{}}
	c.scope = hook.NewScope(100, c.stdout, c.stderr)
	ended := make(chan struct{})
	go func() {
		defer close(ended)
		c.data, c.err = s.Execute(context.Background(), c.scope, `fmt.Println("began")
<-begun
fmt.Println("started")
<-block`)
	}()
	waitFor(t, "the next cell to begin", func() bool { return strings.Contains(c.stdout.String(), "began") })
	gate.Store(nil)
	close(g)
	waitFor(t, "the goroutine to start", func() bool { return strings.Contains(c.stdout.String(), "started") })
	s.Interrupt()
	select {
	case <-ended:
	case <-time.After(20 * time.Second):
		t.Fatal("the next cell did not stop")
	}
	if e, ok := c.err.(*Error); !ok || e.Name != "KeyboardInterrupt" {
		t.Fatalf("next cell: want KeyboardInterrupt, got %v", c.err)
	}
	r := ts.ok(`quit.Store(true)
select {
case <-done:
	fmt.Println("ended", n.Load() > 0)
case <-time.After(3 * time.Second):
	fmt.Println("vanished", n.Load() > 0)
}`)
	os.Stdout.WriteString("LATE7 " + r.stdout.String())
}

// BenchmarkCellFieldClosureCall is one call of a closure held in a struct
// field (a callback stored in a struct).
func BenchmarkCellFieldClosureCall(b *testing.B) {
	benchCell(b, `type handler struct{ on func(int) int }
var sink int
func fn(n int) {
	k := 2
	h := handler{on: func(x int) int { return x + k }}
	t := 0
	for i := 0; i < n; i++ { t = h.on(t) }
	sink = t
}`)
}

// TestLate7ClosureValuesCalledDirectly: closures returned by calls, held
// in slices, maps, struct fields and globals, passed as parameters,
// variadic with several results, recursive through a variable, panicking,
// and nil, as `go run` prints them (/work/scratch/late/clo/main.go); run
// twice in a session.
func TestLate7ClosureValuesCalledDirectly(t *testing.T) {
	ts := newSession(t)
	const cell = `func adder() func(int) int {
s := 0
return func(x int) int { s += x; return s }
}

type handler struct{ on func(int) int }

var global func(string) string

func apply(f func(int) int, xs ...int) int {
t := 0
for _, x := range xs {
	t = f(x)
}
return t
}

func pair(k int) func(...int) (int, error) {
return func(xs ...int) (int, error) {
	if len(xs) == 0 {
		return 0, errors.New("none")
	}
	return xs[0] * k, nil
}
}

func safe(f func()) (msg string) {
defer func() {
	if r := recover(); r != nil {
		msg = fmt.Sprint("recovered: ", r)
	}
}()
f()
return "ok"
}

f := adder()
for i := 1; i <= 4; i++ {
	f(i)
}
fmt.Println(f(0), adder()(5))
fs := []func(int) int{adder(), adder()}
m := map[string]func(int) int{"a": adder()}
fs[0](2)
fmt.Println(fs[0](3), fs[1](1), m["a"](7), m["a"](1))
h := handler{on: adder()}
h.on(10)
fmt.Println(h.on(1))
global = func(s string) string { return strings.ToUpper(s) }
fmt.Println(global("abc"))
fmt.Println(apply(adder(), 1, 2, 3))
p := pair(3)
v, err := p()
w, err2 := p(4, 5)
fmt.Println(v, err, w, err2)
var fib func(int) int
fib = func(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}
g := fib
fmt.Println(g(15))
fmt.Println(safe(func() { var s []int; _ = s[3] }))
var nilf func(int) int
fmt.Println(safe(func() { nilf(1) }))
`
	const want = "10 5\n5 1 7 8\n11\nABC\n6\n0 none 12 <nil>\n610\n" +
		"recovered: runtime error: index out of range [3] with length 0\n" +
		"recovered: runtime error: invalid memory address or nil pointer dereference\n"
	for i := 0; i < 2; i++ {
		c := ts.run(cell)
		if c.err != nil || c.stdout.String() != want {
			t.Fatalf("run %d: got %q, %v; want %q", i, c.stdout.String(), c.err, want)
		}
	}
}
