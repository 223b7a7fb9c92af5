package futures

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/waits"
	"github.com/gonotes/gonotes/lib/threading"
)

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func setup(t *testing.T) {
	hook.SetMainGoroutine(hook.GoID())
	t.Cleanup(func() { hook.SetMainGoroutine(0) })
}

func TestSubmitResult(t *testing.T) {
	setup(t)
	ex := &ThreadPoolExecutor{MaxWorkers: 2}
	defer ex.Shutdown(true, false)
	f := ex.Submit(func() any {
		sum := 0
		for i := 0; i <= 10000; i++ {
			sum += i
		}
		return sum
	})
	r, err := f.Result()
	if err != nil || r != 50005000 {
		t.Fatalf("Result = %v, %v", r, err)
	}
	if !f.Done() || f.Running() || f.Cancelled() || f.Exception() != nil {
		t.Fatal("state after finishing")
	}
	if !strings.HasSuffix(f.String(), " state=finished returned int>") {
		t.Fatal(f.String())
	}
	ran := false
	g := ex.SubmitFunc(func() { ran = true })
	if r, err := g.Result(); r != nil || err != nil || !ran {
		t.Fatalf("SubmitFunc: %v %v %v", r, err, ran)
	}
}

func TestWorkerNamesAndLimit(t *testing.T) {
	setup(t)
	if MaxWorkersDefault() != min(32, runtime.NumCPU()+4) {
		t.Fatal("default max workers")
	}
	ex := &ThreadPoolExecutor{MaxWorkers: 3, ThreadNamePrefix: "pool"}
	var inside, most atomic.Int32
	var release threading.Event
	var fs []*Future
	for i := 0; i < 6; i++ {
		fs = append(fs, ex.Submit(func() any {
			n := inside.Add(1)
			for m := most.Load(); n > m && !most.CompareAndSwap(m, n); m = most.Load() {
			}
			release.Wait()
			inside.Add(-1)
			return threading.CurrentThread().Name
		}))
	}
	waitFor(t, "three tasks running", func() bool { return inside.Load() == 3 })
	release.Set()
	names := map[any]bool{}
	for _, f := range fs {
		r, err := f.Result()
		if err != nil {
			t.Fatal(err)
		}
		names[r] = true
	}
	ex.Shutdown(true, false)
	if most.Load() != 3 {
		t.Fatalf("%d tasks ran at once, want 3", most.Load())
	}
	for n := range names {
		if s := n.(string); s != "pool_0" && s != "pool_1" && s != "pool_2" {
			t.Fatalf("worker name %q", s)
		}
	}
	// Default names: ThreadPoolExecutor-N_0.
	ex2 := &ThreadPoolExecutor{}
	r, _ := ex2.Submit(func() any { return threading.CurrentThread().Name }).Result()
	ex2.Shutdown(true, false)
	if s := r.(string); !strings.HasPrefix(s, "ThreadPoolExecutor-") || !strings.HasSuffix(s, "_0") {
		t.Fatalf("default worker name %q", s)
	}
}

func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

var errBoom = errors.New("boom")

func TestPanicFailsFuture(t *testing.T) {
	setup(t)
	ex := &ThreadPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, false)
	f := ex.Submit(func() any { panic(errBoom) })
	_, err := f.Result()
	var pe *PanicError
	// Python's result() raises the task's own exception: str(e) is "boom".
	if !errors.As(err, &pe) || !errors.Is(err, errBoom) || err.Error() != "boom" {
		t.Fatalf("Result error = %v", err)
	}
	if f.Exception() != err || !strings.Contains(f.String(), "raised panic: boom") {
		t.Fatal(f.String())
	}
	// The worker goes on.
	if r, err := ex.Submit(func() any { return 7 }).Result(); r != 7 || err != nil {
		t.Fatalf("after a panic: %v %v", r, err)
	}
}

func TestMapInOrder(t *testing.T) {
	setup(t)
	ex := &ThreadPoolExecutor{MaxWorkers: 4}
	defer ex.Shutdown(true, false)
	items := []any{5, 1, 4, 2, 3}
	res, err := ex.Map(func(x any) any {
		time.Sleep(time.Duration(x.(int)) * time.Millisecond)
		return x.(int) * 10
	}, items)
	if err != nil || !reflect.DeepEqual(res, []any{50, 10, 40, 20, 30}) {
		t.Fatalf("Map = %v, %v", res, err)
	}
	res, err = ex.Map(func(x any) any {
		if x == 3 {
			panic("three")
		}
		return x
	}, []any{1, 2, 3, 4})
	if err == nil || err.Error() != "three" || !reflect.DeepEqual(res, []any{1, 2}) {
		t.Fatalf("failing Map = %v, %v", res, err)
	}
}

func TestCancel(t *testing.T) {
	setup(t)
	ex := &ThreadPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, false)
	var release threading.Event
	started := make(chan struct{})
	first := ex.Submit(func() any { close(started); release.Wait(); return 1 })
	second := ex.Submit(func() any { return 2 })
	<-started
	if !first.Running() || first.Cancel() {
		t.Fatal("a running task was cancelled")
	}
	if !second.Cancel() || !second.Cancelled() || !second.Done() || !second.Cancel() {
		t.Fatal("a pending task was not cancelled")
	}
	if _, err := second.Result(); err != ErrCancelled {
		t.Fatalf("Result of a cancelled future: %v", err)
	}
	if !strings.HasSuffix(second.String(), "state=cancelled>") {
		t.Fatal(second.String())
	}
	release.Set()
	if r, _ := first.Result(); r != 1 {
		t.Fatal("first task")
	}
	if first.Cancel() {
		t.Fatal("a finished task was cancelled")
	}
}

func TestResultTimeoutAndCallbacks(t *testing.T) {
	setup(t)
	ex := &ThreadPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, false)
	var release threading.Event
	f := ex.Submit(func() any { release.Wait(); return "ok" })
	if _, err := f.ResultTimeout(30 * time.Millisecond); err != ErrTimeout {
		t.Fatalf("ResultTimeout: %v", err)
	}
	called := make(chan *Future, 2)
	f.AddDoneCallback(func(g *Future) { called <- g })
	release.Set()
	if g := <-called; g != f {
		t.Fatal("callback got another future")
	}
	f.AddDoneCallback(func(g *Future) { called <- g }) // already done: at once
	select {
	case <-called:
	default:
		t.Fatal("callback on a done future not called at once")
	}
	if r, err := f.ResultTimeout(time.Minute); r != "ok" || err != nil {
		t.Fatal(r, err)
	}
}

func TestShutdown(t *testing.T) {
	setup(t)
	ex := &ThreadPoolExecutor{MaxWorkers: 1}
	var release threading.Event
	started := make(chan struct{})
	running := ex.Submit(func() any { close(started); release.Wait(); return 1 })
	queued := ex.Submit(func() any { return 2 })
	<-started
	go func() { time.Sleep(20 * time.Millisecond); release.Set() }()
	ex.Shutdown(true, true)
	if !running.Done() || running.Cancelled() {
		t.Fatal("Shutdown(wait) returned before the running task ended")
	}
	if !queued.Cancelled() {
		t.Fatal("cancelFutures did not cancel the queued task")
	}
	r := catch(func() { ex.Submit(func() any { return nil }) })
	if err, ok := r.(error); !ok || err.Error() != "RuntimeError: cannot schedule new futures after shutdown" {
		t.Fatalf("Submit after Shutdown panicked with %v", r)
	}
	ex.Shutdown(true, false) // again: harmless

	// Without cancelFutures, queued tasks still run before the workers end.
	ex2 := &ThreadPoolExecutor{MaxWorkers: 1}
	var fs []*Future
	for i := 0; i < 5; i++ {
		fs = append(fs, ex2.Submit(func() any { time.Sleep(time.Millisecond); return i }))
	}
	ex2.Shutdown(true, false)
	for i, f := range fs {
		if r, err := f.ResultTimeout(0); r != i || err != nil {
			t.Fatalf("task %d after Shutdown(true,false): %v %v", i, r, err)
		}
	}
}

func TestWait(t *testing.T) {
	setup(t)
	ex := &ThreadPoolExecutor{MaxWorkers: 3}
	defer ex.Shutdown(true, false)
	var slow threading.Event
	fast := ex.Submit(func() any { return "fast" })
	blocked := ex.Submit(func() any { slow.Wait(); return "slow" })
	failing := ex.Submit(func() any { panic("bad") })

	done, notDone := Wait([]*Future{blocked, fast}, FirstCompleted)
	if len(done) != 1 || done[0] != fast || len(notDone) != 1 || notDone[0] != blocked {
		t.Fatalf("FirstCompleted: %v / %v", done, notDone)
	}
	done, notDone = Wait([]*Future{blocked, failing}, FirstException)
	if len(done) != 1 || done[0] != failing || len(notDone) != 1 {
		t.Fatalf("FirstException: %v / %v", done, notDone)
	}
	done, notDone = WaitTimeout([]*Future{blocked, fast}, 20*time.Millisecond, AllCompleted)
	if len(done) != 1 || len(notDone) != 1 {
		t.Fatalf("AllCompleted with timeout: %v / %v", done, notDone)
	}
	slow.Set()
	done, notDone = Wait([]*Future{fast, blocked, failing}, AllCompleted)
	if len(done) != 3 || len(notDone) != 0 || done[0] != fast || done[1] != blocked {
		t.Fatalf("AllCompleted: %v / %v", done, notDone)
	}
	// As Python's wait, a bad return_when is an error only when it has to
	// wait: futures all done (none at all) are returned.
	if r := catch(func() { Wait(nil, "SOMETIMES") }); r != nil {
		t.Fatalf("bad return_when with nothing to wait for: %v", r)
	}
	pending := NewFuture()
	r := catch(func() { WaitTimeout([]*Future{fast, pending}, 0, "SOMETIMES") })
	if fmt.Sprint(r) != "ValueError: Invalid return condition: 'SOMETIMES'" {
		t.Fatalf("bad return_when with a pending future: %v", r)
	}
}

func TestAsCompleted(t *testing.T) {
	setup(t)
	ex := &ThreadPoolExecutor{MaxWorkers: 4}
	defer ex.Shutdown(true, false)
	var gates [3]threading.Event
	var fs []*Future
	for i := 0; i < 3; i++ {
		fs = append(fs, ex.Submit(func() any { gates[i].Wait(); return i }))
	}
	done := ex.Submit(func() any { return "already" })
	done.Result()
	ch := AsCompleted(append([]*Future{done}, fs...))
	if f := <-ch; f != done {
		t.Fatal("a done future does not come first")
	}
	// Complete in the order 2, 0, 1.
	var order []any
	for _, i := range []int{2, 0, 1} {
		gates[i].Set()
		f := <-ch
		r, _ := f.Result()
		order = append(order, r)
	}
	if _, ok := <-ch; ok {
		t.Fatal("channel not closed after the last future")
	}
	if fmt.Sprint(order) != "[2 0 1]" {
		t.Fatalf("completion order %v", order)
	}
}

func TestInterruptResultAndTask(t *testing.T) {
	setup(t)
	s := hook.NewScope(1, nil, nil)
	ex := &ThreadPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, false)
	var never threading.Event
	var f *Future
	r := make(chan any)
	go func() {
		defer hook.Bind(s)()
		f = ex.Submit(func() any { never.Wait(); return nil })
		r <- catch(func() { f.Result() })
	}()
	for waits.Blocked() < 2 {
		time.Sleep(time.Millisecond)
	}
	s.Interrupt()
	if got := <-r; !hook.IsInterrupt(got) {
		t.Fatalf("interrupted Result panicked with %v", got)
	}
	// The task, bound to the same cell, was interrupted too.
	if _, err := f.Result(); !hook.IsInterrupt(err) {
		t.Fatalf("task of an interrupted cell: %v", err)
	}
	// The worker survives for tasks of other cells.
	if v, err := ex.Submit(func() any { return 1 }).Result(); v != 1 || err != nil {
		t.Fatal(v, err)
	}
}

func TestDeadlockFutureAndLock(t *testing.T) {
	old := waits.SetInterval(20 * time.Millisecond)
	defer waits.SetInterval(old)
	var stderr strings.Builder
	var mu sync.Mutex
	s := hook.NewScope(1, nil, writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return stderr.Write(p)
	}))
	report := func() string { mu.Lock(); defer mu.Unlock(); return stderr.String() }
	ex := &ThreadPoolExecutor{MaxWorkers: 2, ThreadNamePrefix: "pool"}
	defer ex.Shutdown(true, false)
	defer s.Interrupt() // first: a failing check must not leave the worker deadlocked for Shutdown
	lock := threading.Lock{Name: "L"}
	r := make(chan any)
	go func() {
		defer hook.Bind(s)()
		hook.SetMainGoroutine(hook.GoID())
		lock.Acquire()
		f := ex.Submit(func() any { lock.Acquire(); return nil })
		r <- catch(func() { f.Result() })
	}()
	waitFor(t, "a deadlock report", func() bool { return strings.Contains(report(), "deadlock") })
	want := `deadlock: "MainThread" waits for Future#`
	if got := report(); !strings.HasPrefix(got, want) || !strings.Contains(got, ` run by "pool_0"; "pool_0" waits for Lock "L" held by "MainThread"`) {
		t.Fatalf("report = %q", got)
	}
	s.Interrupt()
	if got := <-r; !hook.IsInterrupt(got) {
		t.Fatalf("Result panicked with %v", got)
	}
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }

// A Future shows what Python's repr shows after "state=finished": the
// Python class of the result or of the exception. From python3:
//
//	<Future at 0x... state=finished returned str>
//	<Future at 0x... state=finished returned list>
//	<Future at 0x... state=finished returned NoneType>
//	<Future at 0x... state=finished raised ZeroDivisionError>
func TestFutureStringNamesPythonClasses(t *testing.T) {
	ex := &ThreadPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, false)
	for _, c := range []struct {
		task func() any
		want string
	}{
		{func() any { return "text" }, " state=finished returned str>"},
		{func() any { return []any{1, 2} }, " state=finished returned list>"},
		{func() any { return nil }, " state=finished returned NoneType>"},
		{func() any { panic("ZeroDivisionError: division by zero") }, " state=finished raised ZeroDivisionError>"},
		{func() any { panic("boom") }, " state=finished raised panic: boom>"},
	} {
		f := ex.Submit(c.task)
		f.Exception()
		if !strings.HasSuffix(f.String(), c.want) {
			t.Errorf("%s, want the suffix %q", f, c.want)
		}
	}
}

// MapTimeout returns the results ready before the deadline and
// ErrTimeout, and cancels the tasks not started, as Python's map(fn, xs,
// timeout=t) raises TimeoutError while iterating. From python3 (one
// worker, the second task blocked): [10] TimeoutError, and the last task
// cancelled.
func TestMapTimeout(t *testing.T) {
	ex := &ThreadPoolExecutor{MaxWorkers: 1}
	gate := make(chan struct{})
	ran := make(chan any, 3)
	results, err := ex.MapTimeout(func(x any) any {
		ran <- x
		if x.(int) == 2 {
			<-gate
		}
		return x.(int) * 10
	}, []any{1, 2, 3}, time.Second)
	close(gate)
	ex.Shutdown(true, false)
	close(ran)
	if !errors.Is(err, ErrTimeout) || len(results) != 1 || results[0] != 10 {
		t.Errorf("MapTimeout = %v, %v; want [10], ErrTimeout", results, err)
	}
	n := 0
	for range ran {
		n++
	}
	if n != 2 {
		t.Errorf("%d tasks ran, want 2 (the third cancelled)", n)
	}
	all, err := (&ThreadPoolExecutor{}).MapTimeout(func(x any) any { return x }, []any{1, 2}, time.Minute)
	if err != nil || len(all) != 2 {
		t.Errorf("in time: %v, %v", all, err)
	}
}

// Python's wait returns sets: a future given twice is done (or not) once.
func TestWaitListsEachFutureOnce(t *testing.T) {
	ex := &ThreadPoolExecutor{MaxWorkers: 2}
	defer ex.Shutdown(true, false)
	gate := make(chan struct{})
	f := ex.Submit(func() any { return 1 })
	g := ex.Submit(func() any { <-gate; return 2 })
	f.Result()
	done, notDone := WaitTimeout([]*Future{f, g, f, g, f}, 0, AllCompleted)
	if len(done) != 1 || done[0] != f || len(notDone) != 1 || notDone[0] != g {
		t.Errorf("WaitTimeout(0) with duplicates: done %v, not done %v; want [f], [g]", done, notDone)
	}
	close(gate)
	done, notDone = Wait([]*Future{g, f, g, f}, AllCompleted)
	if len(done) != 2 || done[0] != g || done[1] != f || len(notDone) != 0 {
		t.Errorf("Wait with duplicates: done %v, not done %v; want [g f], []", done, notDone)
	}
}

func TestInitializerRunsOncePerWorker(t *testing.T) {
	setup(t)
	var inits atomic.Int32
	var mu sync.Mutex
	initialized := map[string]bool{}
	ex := &ThreadPoolExecutor{MaxWorkers: 2, Initializer: func() {
		inits.Add(1)
		mu.Lock()
		initialized[threading.CurrentThread().Name] = true
		mu.Unlock()
	}}
	var fs []*Future
	for range 6 {
		fs = append(fs, ex.Submit(func() any {
			mu.Lock()
			defer mu.Unlock()
			return initialized[threading.CurrentThread().Name]
		}))
	}
	for i, f := range fs {
		if r, err := f.Result(); err != nil || r != true {
			t.Errorf("task %d: %v, %v; want it to run after its worker's initializer", i, r, err)
		}
	}
	ex.Shutdown(true, false)
	if n := int(inits.Load()); n < 1 || n > 2 {
		t.Errorf("initializer ran %d times, want once per worker (1 or 2)", n)
	}
}

func TestInitializerFailureBreaksPool(t *testing.T) {
	setup(t)
	var stderr strings.Builder
	var mu sync.Mutex
	s := hook.NewScope(1, writerFunc(func(p []byte) (int, error) { return len(p), nil }), writerFunc(func(p []byte) (int, error) {
		mu.Lock()
		defer mu.Unlock()
		return stderr.Write(p)
	}))
	defer s.End()
	ex := &ThreadPoolExecutor{MaxWorkers: 1, Initializer: func() { panic("ValueError: no config") }}
	var f *Future
	func() {
		defer hook.Bind(s)()
		f = ex.Submit(func() any { return "never" })
	}()
	if _, err := f.Result(); !errors.Is(err, ErrBrokenThreadPool) {
		t.Fatalf("Result error = %v, want ErrBrokenThreadPool", err)
	}
	if got := fmt.Sprint(catch(func() { ex.Submit(func() any { return 1 }) })); got != ErrBrokenThreadPool.Error() {
		t.Errorf("Submit on a broken pool panicked with %q", got)
	}
	ex.Shutdown(true, false)
	mu.Lock()
	out := stderr.String()
	mu.Unlock()
	if !strings.HasPrefix(out, "Exception in initializer:\npanic: ValueError: no config\n") {
		t.Errorf("stderr = %q", out)
	}
}

func TestAsCompletedTimeout(t *testing.T) {
	setup(t)
	ex := &ThreadPoolExecutor{MaxWorkers: 2}
	gate := make(chan struct{})
	quick := ex.Submit(func() any { return 1 })
	quick.Result()
	slow := ex.Submit(func() any { <-gate; return 2 })
	ch, errf := AsCompletedTimeout([]*Future{quick, slow, quick}, 20*time.Millisecond)
	var got []*Future
	for f := range ch {
		got = append(got, f)
	}
	if len(got) != 1 || got[0] != quick {
		t.Errorf("yielded %v, want only the finished future", got)
	}
	err := errf()
	if !errors.Is(err, ErrTimeout) || err.Error() != "TimeoutError: 1 (of 2) futures unfinished" {
		t.Errorf("error = %v, want Python's TimeoutError: 1 (of 2) futures unfinished", err)
	}
	close(gate)
	ch, errf = AsCompletedTimeout([]*Future{quick, slow}, time.Minute)
	n := 0
	for range ch {
		n++
	}
	if n != 2 || errf() != nil {
		t.Errorf("all done: yielded %d, error %v", n, errf())
	}
	ex.Shutdown(true, false)
}

// Python's wait counts a future cancelled while pending as done only when
// a worker reaches it (CANCELLED_AND_NOTIFIED), though done() is True at
// once: python3 prints "0 3 False" for wait([a, b, c], timeout=0.05,
// return_when=FIRST_EXCEPTION) with a blocked, b cancelled (pycompat
// futures/wait_all_with_cancelled).
func TestCancelledFutureNoticedByItsWorker(t *testing.T) {
	setup(t)
	ex := &ThreadPoolExecutor{MaxWorkers: 1}
	gate := make(chan struct{})
	started := make(chan struct{})
	a := ex.Submit(func() any { close(started); <-gate; return 1 })
	b := ex.Submit(func() any { return 2 })
	<-started
	if !b.Cancel() || !b.Done() {
		t.Fatal("Cancel of a pending future failed")
	}
	done, notDone := WaitTimeout([]*Future{a, b}, 0, FirstCompleted)
	if len(done) != 0 || len(notDone) != 2 {
		t.Errorf("before a worker reached it: done %d, not done %d; want 0, 2", len(done), len(notDone))
	}
	close(gate)
	done, notDone = Wait([]*Future{a, b}, AllCompleted)
	if len(done) != 2 || len(notDone) != 0 {
		t.Errorf("after: done %d, not done %d; want 2, 0", len(done), len(notDone))
	}
	n := 0
	for range AsCompleted([]*Future{a, b}) {
		n++
	}
	if n != 2 {
		t.Errorf("AsCompleted yielded %d, want 2", n)
	}
	ex.Shutdown(true, false)

	// Shutdown(cancelFutures) notices the futures it cancels, so that a
	// wait for them ends (Python's would not).
	ex2 := &ThreadPoolExecutor{MaxWorkers: 1}
	gate2 := make(chan struct{})
	started2 := make(chan struct{})
	ex2.Submit(func() any { close(started2); <-gate2; return nil })
	c := ex2.Submit(func() any { return 3 })
	<-started2
	ex2.Shutdown(false, true)
	close(gate2)
	if done, _ := Wait([]*Future{c}, AllCompleted); len(done) != 1 || !c.Cancelled() {
		t.Errorf("a future cancelled by Shutdown: done %d, cancelled %v", len(done), c.Cancelled())
	}
	ex2.Shutdown(true, false)
}

// SetResult and SetException complete a NewFuture once; a second time, or
// after Cancel, panics with Python's InvalidStateError.
func TestSetResultOnce(t *testing.T) {
	f := NewFuture()
	if f.Done() || f.Running() {
		t.Fatalf("a new future: done %v running %v", f.Done(), f.Running())
	}
	f.SetResult("x")
	if r, err := f.Result(); r != "x" || err != nil {
		t.Errorf("Result: %v, %v", r, err)
	}
	mustPanicPrefix(t, "InvalidStateError: FINISHED: <Future", func() { f.SetResult("y") })
	g := NewFuture()
	boom := errors.New("boom")
	g.SetException(boom)
	if _, err := g.Result(); err != boom || g.Exception() != boom {
		t.Errorf("SetException: %v", err)
	}
	h := NewFuture()
	h.Cancel()
	mustPanicPrefix(t, "InvalidStateError: CANCELLED: <Future", func() { h.SetException(boom) })
}

func mustPanicPrefix(t *testing.T, prefix string, f func()) {
	t.Helper()
	defer func() {
		r := recover()
		if r == nil || !strings.HasPrefix(fmt.Sprint(r), prefix) {
			t.Errorf("panic %v, want one starting with %q", r, prefix)
		}
	}()
	f()
}

func TestSetRunningOrNotifyCancel(t *testing.T) {
	f := NewFuture()
	if !f.SetRunningOrNotifyCancel() || !f.Running() {
		t.Fatal("a pending future did not become running")
	}
	var r any
	func() {
		defer func() { r = recover() }()
		f.SetRunningOrNotifyCancel()
	}()
	if fmt.Sprint(r) != "RuntimeError: Future in unexpected state" {
		t.Errorf("a running future: panic %v", r)
	}
	g := NewFuture()
	g.Cancel()
	if g.SetRunningOrNotifyCancel() || !g.Cancelled() {
		t.Error("a cancelled future: want false, still cancelled")
	}
}

// A task that calls runtime.Goexit (Python's sys.exit() in a task) fails
// its future with threading.SystemExit, as Python's worker catches
// SystemExit, and the pool goes on with a new worker.
func TestGoexitInTaskIsSystemExit(t *testing.T) {
	ex := &ThreadPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, false)
	f := ex.Submit(func() any { runtime.Goexit(); return 1 })
	if err := f.Exception(); err != threading.SystemExit || !f.Done() {
		t.Fatalf("Exception() = %v (done %v), want threading.SystemExit", err, f.Done())
	}
	if r, err := ex.Submit(func() any { return 2 }).Result(); r != 2 || err != nil {
		t.Errorf("the next task: %v, %v", r, err)
	}
}

// Shutdown(wait=true) in a task of the executor panics, as Python's
// shutdown raises RuntimeError("cannot join current thread"), and leaves
// the executor shut down.
func TestShutdownWaitInsideTask(t *testing.T) {
	ex := &ThreadPoolExecutor{MaxWorkers: 1}
	f := ex.Submit(func() (r any) {
		defer func() { r = fmt.Sprint(recover()) }()
		ex.Shutdown(true, false)
		return nil
	})
	r, err := f.ResultTimeout(10 * time.Second)
	if err != nil || r != "RuntimeError: cannot join current thread" {
		t.Fatalf("Shutdown(true) in a task: %v, %v; want the RuntimeError", r, err)
	}
	defer func() {
		if recover() == nil {
			t.Fatal("Submit after a Shutdown in a task: no panic")
		}
	}()
	ex.Submit(func() any { return nil })
}
