package multiprocessing_test

import (
	"fmt"
	"os"
	"reflect"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/traefik/yaegi/interp"

	"github.com/gonotes/gonotes/internal/testutil"
	"github.com/gonotes/gonotes/lib/hook"
	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

func start(t *testing.T, p *mp.Process) {
	t.Helper()
	if err := p.Start(); err != nil {
		t.Fatal(err)
	}
}

func TestChildHasOwnPid(t *testing.T) {
	q := mp.NewQueue()
	p := &mp.Process{Target: reportPids, Args: []any{q}}
	start(t, p)
	pids := q.Get().([]int)
	p.Join()
	if pids[0] == os.Getpid() || pids[0] != p.Pid() {
		t.Errorf("child pid %d, Pid() %d, parent %d", pids[0], p.Pid(), os.Getpid())
	}
	if pids[1] != os.Getpid() {
		t.Errorf("child's parent %d, want %d", pids[1], os.Getpid())
	}
	if name := q.Get(); name != p.Name || !strings.HasPrefix(p.Name, "Process-") {
		t.Errorf("child's CurrentProcess().Name = %v, Name %q", name, p.Name)
	}
	if pp := q.Get(); pp != os.Getpid() {
		t.Errorf("ParentProcess().Pid() = %v", pp)
	}
	if p.ExitCode() != 0 || p.IsAlive() {
		t.Errorf("ExitCode %v, alive %v", p.ExitCode(), p.IsAlive())
	}
}

func TestGlobalIsNotShared(t *testing.T) {
	counter = 0
	q := mp.NewQueue()
	p := &mp.Process{Target: setGlobal, Args: []any{q}}
	start(t, p)
	p.Join()
	if got := q.Get(); got != 42 {
		t.Errorf("child saw %v", got)
	}
	if counter != 0 {
		t.Errorf("parent's counter changed to %d", counter)
	}
}

func TestSumOfTwoHalves(t *testing.T) {
	const START, END = 0, 1000000
	result := mp.NewQueue()
	p1 := &mp.Process{Target: work, Args: []any{1, START, END / 2, result}}
	p2 := &mp.Process{Target: work, Args: []any{2, END / 2, END, result}}
	start(t, p1)
	start(t, p2)
	p1.Join()
	p2.Join()
	result.Put("STOP")
	total := 0
	for {
		tmp := result.Get()
		if tmp == "STOP" {
			break
		}
		total += tmp.(int)
	}
	if total != 499999500000 {
		t.Errorf("Result: %d", total)
	}
}

// inScope runs f bound to a fresh scope (a notebook cell) and returns what
// it printed.
func inScope(f func(s *hook.Scope)) (stdout, stderr string) {
	var out, errb testutil.Buffer
	s := hook.NewScope(1, &out, &errb)
	func() {
		defer hook.Bind(s)()
		f(s)
	}()
	return out.String(), errb.String()
}

func TestPanickingChild(t *testing.T) {
	var p *mp.Process
	_, stderr := inScope(func(*hook.Scope) {
		p = &mp.Process{Target: boom}
		start(t, p)
		p.Join()
	})
	if p.ExitCode() != 1 {
		t.Errorf("exit code %v", p.ExitCode())
	}
	if !strings.HasPrefix(stderr, "Process "+p.Name+":\npanic: boom\n") || !strings.Contains(stderr, "multiprocessing_test.boom") {
		t.Errorf("stderr:\n%s", stderr)
	}
	_, stderr = inScope(func(*hook.Scope) {
		p = &mp.Process{Target: failWithError}
		start(t, p)
		p.Join()
	})
	if p.ExitCode() != 1 || stderr != "Process "+p.Name+":\nerror: it failed\n" {
		t.Errorf("exit code %v, stderr %q", p.ExitCode(), stderr)
	}
}

func TestChildOutputReachesCell(t *testing.T) {
	stdout, _ := inScope(func(*hook.Scope) {
		p := &mp.Process{Target: printHello, Args: []any{"child"}}
		start(t, p)
		p.Join()
	})
	if stdout != "hello from child\n" {
		t.Errorf("stdout %q", stdout)
	}
}

func TestBadInput(t *testing.T) {
	x := 1
	closure := func() { x++ }
	err := (&mp.Process{Target: closure}).Start()
	if err == nil || !strings.Contains(err.Error(), "closure or a method value") {
		t.Errorf("closure: %v", err)
	}
	unregistered := func(int) {}
	_ = unregistered
	err = (&mp.Process{Target: os.Getpid}).Start()
	if err == nil || !strings.Contains(err.Error(), "os.Getpid is not registered") {
		t.Errorf("unregistered: %v", err)
	}
	err = (&mp.Process{Target: work, Args: []any{1, 2, 3, func() {}}}).Start()
	if err == nil || err.Error() != "multiprocessing: cannot send argument 4 (func()) to a child process" {
		t.Errorf("unsendable: %v", err)
	}
	// Too few Args: as in Python, the child raises the TypeError, naming
	// the missing parameters (read from this file), and exits 1.
	short := &mp.Process{Target: work, Args: []any{1, 2}}
	_, shortErr := inScope(func(*hook.Scope) {
		start(t, short)
		short.Join()
	})
	if short.ExitCode() != 1 || !strings.Contains(shortErr, "TypeError: work() missing 2 required positional arguments: 'end' and 'result'\n") {
		t.Errorf("arity: exit %v, stderr %q", short.ExitCode(), shortErr)
	}
	err = (&mp.Process{Target: square, Args: []any{[]any{1, make(chan int)}}}).Start()
	if err == nil || err.Error() != "multiprocessing: cannot send argument 1 ([]any) to a child process: it holds a chan int" {
		t.Errorf("nested unsendable: %v", err)
	}
	// A name the child does not know: the child says so and exits 1.
	p := &mp.Process{TargetName: "nosuch"}
	_, stderr := inScope(func(*hook.Scope) {
		start(t, p)
		p.Join()
	})
	if p.ExitCode() != 1 || !strings.Contains(stderr, `no target function named "nosuch"`) {
		t.Errorf("unknown target: exit %v, stderr %q", p.ExitCode(), stderr)
	}
	mustPanic(t, "AssertionError: can only join a started process", func() { (&mp.Process{Target: boom}).Join() })
	p = &mp.Process{Target: exitWith, Args: []any{0}}
	start(t, p)
	mustPanic(t, "AssertionError: cannot start a process twice", func() { p.Start() })
	p.Join()
}

func mustPanic(t *testing.T, want string, f func()) {
	t.Helper()
	defer func() {
		t.Helper()
		r := recover()
		if r == nil {
			t.Errorf("no panic, want %q", want)
			return
		}
		if err, ok := r.(error); !ok || err.Error() != want {
			t.Errorf("panic %v, want %q", r, want)
		}
	}()
	f()
}

func TestNamedAndVariadic(t *testing.T) {
	q := mp.NewQueue()
	p := &mp.Process{Target: mp.Named("custom-name", namedWork), Args: []any{q}}
	start(t, p)
	p.Join()
	if v := q.Get(); v != "named" {
		t.Errorf("got %v", v)
	}
	p = &mp.Process{Target: echoArgs, Args: []any{q, 1, "two", 3.5, []string{"x"}, map[string]int{"a": 1}}}
	start(t, p)
	p.Join()
	got := q.Get().([]any)
	if len(got) != 5 || got[0] != 1 || got[1] != "two" || got[2] != 3.5 || got[3].([]string)[0] != "x" || got[4].(map[string]int)["a"] != 1 {
		t.Errorf("got %#v", got)
	}
}

func TestStringAndExitCodes(t *testing.T) {
	p := &mp.Process{Target: exitWith, Args: []any{3}, Name: "worker 1"}
	if got, want := p.String(), "<Process name='worker 1' parent="+itoa(os.Getpid())+" initial>"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
	if p.ExitCode() != nil || p.Pid() != 0 {
		t.Errorf("ExitCode %v, Pid %d before start", p.ExitCode(), p.Pid())
	}
	start(t, p)
	p.Join()
	want := "<Process name='worker 1' pid=" + itoa(p.Pid()) + " parent=" + itoa(os.Getpid()) + " stopped exitcode=3>"
	if p.String() != want || p.ExitCode() != 3 {
		t.Errorf("got %s (exit %v), want %s", p, p.ExitCode(), want)
	}
	p = &mp.Process{Target: sleepLong, Daemon: true}
	start(t, p)
	if !p.IsAlive() || !strings.HasSuffix(p.String(), " started daemon>") || len(mp.ActiveChildren()) == 0 {
		t.Errorf("running: %s, alive %v", p, p.IsAlive())
	}
	if p.JoinTimeout(10 * time.Millisecond) {
		t.Error("JoinTimeout: ended")
	}
	p.Terminate()
	p.Join()
	if p.ExitCode() != -int(syscall.SIGTERM) || !strings.HasSuffix(p.String(), " stopped exitcode=-SIGTERM daemon>") {
		t.Errorf("terminated: %s", p)
	}
	if got := mp.CurrentProcess().String(); got != "<_MainProcess name='MainProcess' parent=None started>" {
		t.Errorf("CurrentProcess: %s", got)
	}
	if mp.ParentProcess() != nil {
		t.Error("ParentProcess in the main process")
	}
	if mp.CPUCount() < 1 {
		t.Error("CPUCount")
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func TestInterruptJoin(t *testing.T) {
	p := &mp.Process{Target: sleepLong}
	var s *hook.Scope
	inScope(func(sc *hook.Scope) {
		s = sc
		start(t, p)
		go func() {
			time.Sleep(50 * time.Millisecond)
			s.Interrupt()
		}()
		defer func() {
			if r := recover(); !hook.IsInterrupt(r) {
				t.Errorf("recovered %v", r)
			}
		}()
		p.Join()
	})
	if !p.IsAlive() {
		t.Error("child died with the interrupt")
	}
	p.Kill()
	p.Join()
	hook.Reset()
}

func TestQueueThroughChild(t *testing.T) {
	in, out := mp.NewQueue(), mp.NewQueue(1)
	p := &mp.Process{Target: takeFromQueue, Args: []any{in, out}}
	start(t, p)
	type point struct {
		X, Y int
		name string
	}
	in.Put(point{1, 2, "p"})
	got := out.Get()
	p.Join()
	if s := strings.ReplaceAll(fmtAny(got), " ", ""); s != "{12p}" {
		t.Errorf("got %s", fmtAny(got))
	}
	q := mp.NewQueue(1)
	if err := q.PutNowait(1); err != nil {
		t.Fatal(err)
	}
	if err := q.PutNowait(2); err != mp.ErrFull {
		t.Errorf("PutNowait on full queue: %v", err)
	}
	if v, err := q.GetNowait(); v != 1 || err != nil {
		t.Errorf("GetNowait = %v, %v", v, err)
	}
	if _, err := q.GetTimeout(10 * time.Millisecond); err != mp.ErrEmpty {
		t.Errorf("GetTimeout on empty queue: %v", err)
	}
	var zero mp.Queue
	zero.Put("x")
	if zero.Qsize() != 1 || zero.Get() != "x" || !zero.Empty() {
		t.Error("zero Queue")
	}
}

// Process-N counts every Process, named or not, as Python's process
// counter does. From python3: Process(target=f, name="named") started, then
// Process(target=f) started: "named Process-2".
func TestProcessNumbersCountNamedProcesses(t *testing.T) {
	run := func(name string) string {
		p := &mp.Process{Target: exitWith, Args: []any{0}, Name: name}
		start(t, p)
		p.Join()
		return p.Name
	}
	first := run("")
	var n int
	if _, err := fmt.Sscanf(first, "Process-%d", &n); err != nil {
		t.Fatalf("first name %q: %v", first, err)
	}
	if got := run("named"); got != "named" {
		t.Fatalf("named process is %q", got)
	}
	if got, want := run(""), fmt.Sprintf("Process-%d", n+2); got != want {
		t.Errorf("after a named process: %q, want %q", got, want)
	}
}

// exitRequest is the panic value with which an interpreter's os.Exit
// unwinds (kernel/eval's exitPanic): it knows its code.
type exitRequest struct{ code int }

func (e exitRequest) ExitCode() int { return e.code }

func exitByPanic(code int) { panic(exitRequest{code}) }

// os.Exit(n) in a notebook's child unwinds as a panic that knows its code:
// the child exits with n and prints nothing, as Python's sys.exit(n) in a
// child (exitcode n). From python3: sys.exit(3) in a Process target gives
// exitcode 3 and an empty stderr.
func TestExitPanicGivesExitCode(t *testing.T) {
	var p *mp.Process
	_, stderr := inScope(func(*hook.Scope) {
		p = &mp.Process{Target: exitByPanic, Args: []any{3}}
		start(t, p)
		p.Join()
	})
	if p.ExitCode() != 3 || stderr != "" {
		t.Errorf("exit code %v, stderr %q; want 3 and nothing", p.ExitCode(), stderr)
	}
}

// Register skips functions an interpreter made (a notebook's funcs, which
// the kernel names itself), so that Main(work) first in a program also
// runs as notebook cells; a closure of the program still panics.
func TestRegisterSkipsInterpretedFuncs(t *testing.T) {
	made := reflect.MakeFunc(reflect.TypeOf(func() {}), func([]reflect.Value) []reflect.Value { return nil }).Interface()
	mp.Register(made)
	// A func() of interpreted code is one of yaegi's Go closures.
	i := interp.New(interp.Options{})
	if _, err := i.Eval("func work() {}"); err != nil {
		t.Fatal(err)
	}
	v, err := i.Eval("work")
	if err != nil {
		t.Fatal(err)
	}
	mp.Register(v.Interface())
	n := 0
	defer func() {
		if recover() == nil {
			t.Error("Register of a closure did not panic")
		}
	}()
	mp.Register(func() { n++ })
}

// A closed Process refuses what Python's _check_closed refuses, with its
// ValueError, before any other check (start of a closed process says it is
// closed, not that it was started twice); it is no longer an active child.
func TestClosedProcessRefuses(t *testing.T) {
	p := &mp.Process{Target: exitWith, Args: []any{0}}
	if err := p.Start(); err != nil {
		t.Fatal(err)
	}
	p.Join()
	p.Close()
	const want = "ValueError: process object is closed"
	for name, f := range map[string]func(){
		"Start":     func() { p.Start() },
		"Join":      p.Join,
		"IsAlive":   func() { p.IsAlive() },
		"ExitCode":  func() { p.ExitCode() },
		"Pid":       func() { p.Pid() },
		"Ident":     func() { p.Ident() },
		"Terminate": p.Terminate,
		"Kill":      p.Kill,
	} {
		func() {
			defer func() {
				r := recover()
				if err, ok := r.(error); !ok || err.Error() != want {
					t.Errorf("%s on a closed process: recovered %v, want %q", name, r, want)
				}
			}()
			f()
		}()
	}
	for _, c := range mp.ActiveChildren() {
		if c == p {
			t.Error("a closed process is among ActiveChildren")
		}
	}
	p.Close() // closing again is harmless, as in Python
	if s := p.String(); !strings.Contains(s, "closed") {
		t.Errorf("String of a closed process: %s", s)
	}
}

// startFromDaemon starts a child and reports what Start panicked with
// ("" if it started).
func startFromDaemon() (msg string) {
	defer func() {
		if r := recover(); r != nil {
			msg = fmt.Sprint(r)
		}
	}()
	p := &mp.Process{Target: square, Args: []any{2}}
	p.Start()
	p.Join()
	return ""
}

// As Python asserts, a daemon process (a daemon Process or a Pool worker)
// may not start children; a non-daemon child may.
func TestDaemonCannotStartChildren(t *testing.T) {
	const want = "AssertionError: daemonic processes are not allowed to have children"
	pool := mp.NewPool(1)
	defer pool.Terminate()
	got, err := pool.Apply(startFromDaemon)
	if err != nil || got != want {
		t.Errorf("a Pool worker starting a child: %q, %v; want %q", got, err, want)
	}
	for _, daemon := range []bool{false, true} {
		q := mp.NewQueue()
		p := &mp.Process{Target: relayStart, Args: []any{q}, Daemon: daemon}
		if err := p.Start(); err != nil {
			t.Fatal(err)
		}
		got := q.Get()
		p.Join()
		if want := map[bool]string{false: "", true: want}[daemon]; got != want {
			t.Errorf("Daemon %v: Start in the child gave %q, want %q", daemon, got, want)
		}
	}
}

func relayStart(q *mp.Queue) { q.Put(startFromDaemon()) }
