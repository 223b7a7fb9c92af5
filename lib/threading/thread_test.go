package threading

import (
	"errors"
	"fmt"
	"os"
	"regexp"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
)

func TestThreadRunsTargetAndJoins(t *testing.T) {
	setup(t)
	ran := false
	th := &Thread{Target: func() { ran = true }}
	if th.IsAlive() || th.Ident() != 0 {
		t.Fatal("unstarted thread is alive or has an ident")
	}
	if got := th.String(); got != "<Thread(Thread-1, initial)>" {
		t.Errorf("String before start = %q", got)
	}
	th.Start()
	th.Join()
	if !ran {
		t.Fatal("target did not run")
	}
	if th.IsAlive() {
		t.Error("thread alive after Join")
	}
	if th.Name != "Thread-1" {
		t.Errorf("default name = %q, want Thread-1", th.Name)
	}
	if ok, _ := regexp.MatchString(`^<Thread\(Thread-1, stopped \d+\)>$`, th.String()); !ok {
		t.Errorf("String = %q", th.String())
	}
	th2 := &Thread{Daemon: true}
	th2.Start()
	th2.Join()
	if th2.Name != "Thread-2" || !strings.Contains(th2.String(), "stopped daemon") {
		t.Errorf("second thread %q %s", th2.Name, th2)
	}
}

func TestThreadStringStarted(t *testing.T) {
	setup(t)
	var stop Event
	th := &Thread{Name: "worker 1", Target: stop.Wait}
	th.Start()
	want := fmt.Sprintf("<Thread(worker 1, started %d)>", th.Ident())
	if th.String() != want {
		t.Errorf("String = %q, want %q", th.String(), want)
	}
	if !th.IsAlive() || th.NativeID() <= 0 {
		t.Error("IsAlive/NativeID")
	}
	stop.Set()
	th.Join()
}

func TestStartTwicePanics(t *testing.T) {
	setup(t)
	th := &Thread{}
	th.Start()
	r := catch(th.Start)
	if err, ok := r.(error); !ok || err.Error() != "RuntimeError: threads can only be started once" {
		t.Fatalf("second Start panicked with %v", r)
	}
	th.Join()
	if r := catch(MainThread().Start); r == nil {
		t.Error("starting the main thread did not panic")
	}
}

func TestJoinErrors(t *testing.T) {
	setup(t)
	r := catch((&Thread{}).Join)
	if err, ok := r.(error); !ok || err.Error() != "RuntimeError: cannot join thread before it is started" {
		t.Errorf("Join before Start panicked with %v", r)
	}
	r = catch(MainThread().Join)
	if err, ok := r.(error); !ok || err.Error() != "RuntimeError: cannot join current thread" {
		t.Errorf("main joining itself panicked with %v", r)
	}
	var got any
	var th *Thread
	th = &Thread{Target: func() { got = catch(th.Join) }}
	th.Start()
	th.Join()
	if err, ok := got.(error); !ok || err.Error() != "RuntimeError: cannot join current thread" {
		t.Errorf("thread joining itself panicked with %v", got)
	}
}

func TestJoinTimeout(t *testing.T) {
	setup(t)
	var stop Event
	th := &Thread{Target: stop.Wait}
	th.Start()
	if th.JoinTimeout(50 * time.Millisecond) {
		t.Fatal("JoinTimeout returned true for a running thread")
	}
	if !th.IsAlive() {
		t.Fatal("thread not alive after a timed-out join")
	}
	stop.Set()
	if !th.JoinTimeout(time.Minute) {
		t.Fatal("JoinTimeout returned false after the thread ended")
	}
}

func TestCurrentThread(t *testing.T) {
	setup(t)
	if CurrentThread() != MainThread() {
		t.Fatal("CurrentThread in the main goroutine is not MainThread")
	}
	if MainThread().Name != "MainThread" || MainThread().Ident() != GetIdent() {
		t.Errorf("main thread %v, ident %d", MainThread(), GetIdent())
	}
	if ok, _ := regexp.MatchString(`^<_MainThread\(MainThread, started \d+\)>$`, MainThread().String()); !ok {
		t.Errorf("main String = %q", MainThread().String())
	}
	var inside, dummy *Thread
	var ident int64
	var th *Thread
	th = &Thread{Name: "w", Target: func() {
		inside = CurrentThread()
		ident = GetIdent()
		done := make(chan struct{})
		go func() { dummy = CurrentThread(); close(done) }()
		<-done
	}}
	th.Start()
	th.Join()
	if inside != th || ident != th.Ident() {
		t.Errorf("CurrentThread in thread = %v (ident %d), want %v", inside, ident, th)
	}
	if dummy == nil || !strings.HasPrefix(dummy.Name, "Dummy-") || !dummy.Daemon {
		t.Fatalf("plain goroutine's thread = %v", dummy)
	}
	if ok, _ := regexp.MatchString(`^<_DummyThread\(Dummy-\d+, started daemon \d+\)>$`, dummy.String()); !ok {
		t.Errorf("dummy String = %q", dummy.String())
	}
	if r := catch(dummy.Join); r == nil {
		t.Error("joining a dummy thread did not panic")
	}
}

func TestActiveCountEnumerate(t *testing.T) {
	setup(t)
	var stop Event
	var ths []*Thread
	for i := 0; i < 3; i++ {
		th := &Thread{Name: fmt.Sprint("t", i), Target: stop.Wait}
		th.Start()
		ths = append(ths, th)
	}
	if n := ActiveCount(); n != 4 {
		t.Errorf("ActiveCount = %d, want 4", n)
	}
	all := Enumerate()
	if len(all) != 4 || all[0] != MainThread() || all[1] != ths[0] || all[3] != ths[2] {
		t.Errorf("Enumerate = %v", all)
	}
	stop.Set()
	JoinAll()
	if n := ActiveCount(); n != 1 {
		t.Errorf("ActiveCount after JoinAll = %d, want 1", n)
	}
}

func TestRunCallsTarget(t *testing.T) {
	setup(t)
	n := 0
	th := &Thread{Target: func() { n++ }}
	th.Run()
	if n != 1 || th.IsAlive() {
		t.Errorf("Run: n=%d alive=%v", n, th.IsAlive())
	}
}

func boom() { panic(errors.New("kaboom")) }

func TestPanicInThreadIsPrintedAndProgramGoesOn(t *testing.T) {
	setup(t)
	s, _, stderr := cell(t)
	th := &Thread{Name: "boom", Target: boom}
	in(s, th.Start)
	th.Join()
	out := stderr.String()
	if !strings.HasPrefix(out, "Exception in thread boom:\npanic: kaboom\n\ngoroutine ") {
		t.Fatalf("stderr = %q", out)
	}
	if !strings.Contains(out, "threading.boom()") {
		t.Errorf("stack lacks the user frame:\n%s", out)
	}
	if strings.Contains(out, "runtime/") || strings.Contains(out, "bootstrap") || strings.Contains(out, "+0x") {
		t.Errorf("stack shows library frames:\n%s", out)
	}
	// The program goes on: another thread runs.
	ok := false
	th2 := &Thread{Target: func() { ok = true }}
	th2.Start()
	th2.Join()
	if !ok {
		t.Fatal("thread after a panic did not run")
	}
}

func TestInterruptedThreadEndsQuietly(t *testing.T) {
	setup(t)
	s, _, stderr := cell(t)
	var never Event
	var ended atomic.Bool
	th := &Thread{Target: func() {
		defer ended.Store(true)
		never.Wait()
	}}
	in(s, th.Start)
	waitBlocked(t, 1)
	s.Interrupt()
	th.Join()
	if !ended.Load() {
		t.Fatal("thread did not end")
	}
	if stderr.String() != "" {
		t.Errorf("interrupted thread printed %q", stderr.String())
	}
}

func TestJoinIsInterruptible(t *testing.T) {
	setup(t)
	s, _, _ := cell(t)
	var never Event
	th := &Thread{Target: func() { never.Wait() }}
	r := make(chan any)
	// The thread belongs to another cell: interrupting s stops the join only.
	in(hook.NewScope(2, nil, nil), th.Start)
	go in(s, func() { r <- catch(th.Join) })
	waitBlocked(t, 2)
	s.Interrupt()
	if got := <-r; !hook.IsInterrupt(got) {
		t.Fatalf("Join panicked with %v, want KeyboardInterrupt", got)
	}
	if !th.IsAlive() {
		t.Fatal("thread of another cell was stopped")
	}
	never.Set()
	th.Join()
}

func TestExceptHookReplacesTheReport(t *testing.T) {
	setup(t)
	t.Cleanup(func() { ExceptHook = nil })
	s, _, stderr := cell(t)
	var got []ExceptHookArgs
	var alive []bool
	ExceptHook = func(a ExceptHookArgs) {
		got = append(got, a)
		alive = append(alive, a.Thread.IsAlive())
	}
	th := &Thread{Name: "boom", Target: boom}
	in(s, th.Start)
	th.Join()
	if len(got) != 1 {
		t.Fatalf("hook called %d times, want 1", len(got))
	}
	if err, ok := got[0].ExcValue.(error); !ok || err.Error() != "kaboom" {
		t.Errorf("ExcValue = %#v, want the panic value", got[0].ExcValue)
	}
	if got[0].Thread != th || !alive[0] {
		t.Errorf("Thread = %v (alive %v), want the panicking thread, alive", got[0].Thread, alive[0])
	}
	if !strings.Contains(string(got[0].Stack), "threading.boom(") {
		t.Errorf("Stack lacks the panicking frame:\n%s", got[0].Stack)
	}
	if out := stderr.String(); out != "" {
		t.Errorf("stderr = %q, want nothing: the hook replaces the report", out)
	}
	if th.IsAlive() {
		t.Error("thread alive after the hook")
	}

	// Back to the default.
	ExceptHook = nil
	th2 := &Thread{Name: "again", Target: boom}
	in(s, th2.Start)
	th2.Join()
	if out := stderr.String(); !strings.HasPrefix(out, "Exception in thread again:\npanic: kaboom\n") {
		t.Errorf("stderr after restoring the default = %q", out)
	}
}

func TestExceptHookThatPanicsIsReported(t *testing.T) {
	setup(t)
	t.Cleanup(func() { ExceptHook = nil })
	s, _, stderr := cell(t)
	ExceptHook = func(a ExceptHookArgs) { panic("hook broke") }
	th := &Thread{Name: "boom", Target: boom}
	in(s, th.Start)
	th.Join()
	out := stderr.String()
	if !strings.HasPrefix(out, "Exception in threading.excepthook:\npanic: hook broke\n") || strings.Contains(out, "kaboom") {
		t.Errorf("stderr = %q, want the hook's panic only, as Python", out)
	}
	ok := false
	th2 := &Thread{Target: func() { ok = true }}
	th2.Start()
	th2.Join()
	if !ok {
		t.Fatal("thread after a failing hook did not run")
	}
}

func TestDefaultExceptHookPrints(t *testing.T) {
	setup(t)
	s, _, stderr := cell(t)
	th := &Thread{Name: "w"}
	in(s, func() { DefaultExceptHook(ExceptHookArgs{ExcValue: "ValueError: bad", Thread: th}) })
	if out := stderr.String(); out != "Exception in thread w:\npanic: ValueError: bad\n" {
		t.Errorf("stderr = %q", out)
	}
}

// A Target that calls runtime.Goexit (Python's sys.exit() in a thread)
// reaches a custom ExceptHook as SystemExit, and the default hook ignores
// it, as CPython's threading.excepthook ignores SystemExit.
func TestGoexitReachesExceptHookAsSystemExit(t *testing.T) {
	setup(t)
	t.Cleanup(func() { ExceptHook = nil })
	s, _, stderr := cell(t)
	var got []any
	ExceptHook = func(a ExceptHookArgs) { got = append(got, a.ExcValue) }
	th := &Thread{Name: "quits", Target: func() { runtime.Goexit() }}
	in(s, th.Start)
	th.Join()
	if len(got) != 1 || got[0] != SystemExit {
		t.Fatalf("hook got %v, want [SystemExit]", got)
	}
	ExceptHook = nil
	th2 := &Thread{Name: "quits too", Target: func() { runtime.Goexit() }}
	in(s, th2.Start)
	th2.Join()
	if out := stderr.String(); out != "" {
		t.Errorf("stderr = %q, want nothing: the default hook ignores SystemExit", out)
	}
	if th2.IsAlive() {
		t.Error("thread alive after Goexit")
	}
}

// Before Start, a thread made in a daemon thread reports itself a daemon,
// as Python's Thread takes current_thread().daemon when it is made.
func TestIsDaemonBeforeStartFollowsTheCaller(t *testing.T) {
	setup(t)
	var inDaemon, inMain bool
	var repr string
	d := &Thread{Daemon: true, Target: func() {
		c := &Thread{Target: func() {}}
		inDaemon = c.IsDaemon()
		repr = c.String()
	}}
	d.Start()
	d.Join()
	inMain = (&Thread{Target: func() {}}).IsDaemon()
	if !inDaemon || inMain || !strings.Contains(repr, "initial daemon") {
		t.Errorf("IsDaemon before Start: in a daemon thread %v (repr %s), in the main thread %v", inDaemon, repr, inMain)
	}
}

// Python lets a Barrier's action read n_waiting, broken and repr (the
// action runs while the barrier's lock is held): here they must not wait
// for the lock either.
func TestBarrierActionReadsState(t *testing.T) {
	var b *Barrier
	var got string
	b = NewBarrier(1, func() { got = fmt.Sprint(b.NWaiting(), b.Broken(), b.String() != "") })
	done := make(chan struct{})
	go func() {
		defer close(done)
		b.Wait()
	}()
	select {
	case <-done:
	case <-time.After(10 * time.Second):
		t.Fatal("Wait did not return: the action's NWaiting/Broken/String wait for the barrier's lock")
	}
	if got != "1 false true" {
		t.Fatalf("in the action: %q, want \"1 false true\"", got)
	}
}

// A Thread keeps one OS thread while it runs: GetNativeID inside it is its
// NativeID however often the goroutine is rescheduled, and two threads
// running at once have different ones; the main thread's is the process id.
func TestNativeID(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("native ids are OS thread ids on Linux only")
	}
	if got := MainThread().NativeID(); got != int64(os.Getpid()) {
		t.Errorf("MainThread().NativeID() = %d, want the pid %d", got, os.Getpid())
	}
	ready := NewBarrier(3, nil)
	seen := make([][]int64, 2)
	var ths []*Thread
	for i := range 2 {
		th := &Thread{Target: func() {
			for range 50 {
				seen[i] = append(seen[i], GetNativeID())
				runtime.Gosched()
				time.Sleep(time.Microsecond)
			}
			ready.Wait()
		}}
		th.Start()
		ths = append(ths, th)
	}
	ready.Wait()
	for i, th := range ths {
		for _, id := range seen[i] {
			if id != th.NativeID() {
				t.Fatalf("thread %d: GetNativeID() = %d inside, NativeID() = %d", i, id, th.NativeID())
			}
		}
	}
	if ths[0].NativeID() == ths[1].NativeID() {
		t.Errorf("two running threads share native id %d", ths[0].NativeID())
	}
	for _, th := range ths {
		th.Join()
	}
	if (&Thread{}).NativeID() != 0 {
		t.Error("NativeID before Start is not 0")
	}
}

// Python's start() returns once the new thread runs (it waits for the
// thread's _started event): its ident is set and the thread knows itself.
func TestStartReturnsOnceTheThreadRuns(t *testing.T) {
	setup(t)
	for i := 0; i < 50; i++ {
		release := make(chan struct{})
		th := &Thread{Target: func() { <-release }}
		th.Start()
		select {
		case <-th.started:
		default:
			t.Fatalf("start %d: Start returned before the thread ran", i)
		}
		if th.g.Load() == 0 {
			t.Fatalf("start %d: no ident set when Start returned", i)
		}
		regMu.RLock()
		self := byG[th.g.Load()]
		regMu.RUnlock()
		if self != th {
			t.Fatalf("start %d: the new thread does not know itself yet", i)
		}
		close(release)
		th.Join()
	}
}
