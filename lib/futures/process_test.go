package futures

import (
	"errors"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

// TestMain lets this test binary be the worker process of a
// ProcessPoolExecutor: started as a child by lib/multiprocessing, it runs
// the functions it is sent and exits.
func TestMain(m *testing.M) {
	multiprocessing.Main(procSquare, procPid, procFail, procSleep, procExit)
	code := m.Run()
	multiprocessing.Shutdown()
	os.Exit(code)
}

func procSquare(x int) int { return x * x }

func procExit(code int) int { os.Exit(code); return 0 }

func procPid() int { return os.Getpid() }

func procFail(msg string) (int, error) { return 0, errors.New(msg) }

func procSleep(ms int) int {
	time.Sleep(time.Duration(ms) * time.Millisecond)
	return ms
}

func TestProcessPoolExecutor(t *testing.T) {
	ex := &ProcessPoolExecutor{MaxWorkers: 2}
	f := ex.Submit(procSquare, 7)
	if r, err := f.Result(); r != 49 || err != nil {
		t.Errorf("Result = %v, %v", r, err)
	}
	if !f.Done() || f.Running() || f.Cancelled() {
		t.Errorf("state after Result: %v", f)
	}
	if r, _ := ex.Submit(procPid).Result(); r == os.Getpid() {
		t.Error("task ran in this process")
	}
	if _, err := ex.Submit(procFail, "no good").Result(); err == nil || err.Error() != "no good" {
		t.Errorf("error = %v", err)
	}
	if _, err := ex.Submit(func(int) int { return 0 }, 1).Result(); err == nil || !strings.Contains(err.Error(), "top-level function") {
		t.Errorf("closure: %v", err)
	}
	res, err := ex.Map(procSquare, []int{1, 2, 3})
	if err != nil || len(res) != 3 || res[2] != 9 {
		t.Errorf("Map = %v, %v", res, err)
	}

	// With both workers busy, a queued task can be cancelled.
	a, b := ex.Submit(procSleep, 300), ex.Submit(procSleep, 300)
	c := ex.Submit(procSquare, 3)
	if !c.Cancel() || !c.Cancelled() {
		t.Error("could not cancel a queued task")
	}
	if _, err := c.Result(); err != ErrCancelled {
		t.Errorf("cancelled Result err = %v", err)
	}
	for _, f := range []*Future{a, b} {
		if r, err := f.Result(); r != 300 || err != nil {
			t.Errorf("sleep = %v, %v", r, err)
		}
	}
	ex.Shutdown(true, false)
	func() {
		defer func() {
			if r := recover(); r == nil || !strings.Contains(r.(error).Error(), "after shutdown") {
				t.Errorf("Submit after Shutdown: %v", r)
			}
		}()
		ex.Submit(procSquare, 1)
	}()
}

// A worker process that ends abruptly breaks the executor, as Python's
// BrokenProcessPool: the task fails, and Submit then panics.
func TestProcessPoolBroken(t *testing.T) {
	ex := &ProcessPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, false)
	if r, err := ex.Submit(procSquare, 3).Result(); r != 9 || err != nil {
		t.Fatalf("Result = %v, %v", r, err)
	}
	f := ex.Submit(procExit, 3)
	if _, err := f.Result(); err != ErrBrokenProcessPool || !f.Done() || f.Cancelled() {
		t.Errorf("the dying task: %v (done %v, cancelled %v), want ErrBrokenProcessPool", err, f.Done(), f.Cancelled())
	}
	var r any
	func() {
		defer func() { r = recover() }()
		ex.Submit(procSquare, 2)
	}()
	if r != ErrProcessPoolNotUsable {
		t.Errorf("Submit after the break panicked with %v, want ErrProcessPoolNotUsable", r)
	}
}

func TestProcessPoolMapTimeout(t *testing.T) {
	ex := &ProcessPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, true)
	res, err := ex.MapTimeout(procSquare, []int{2, 3}, time.Hour)
	if err != nil || len(res) != 2 || res[0] != 4 || res[1] != 9 {
		t.Errorf("MapTimeout = %v, %v, want [4 9]", res, err)
	}
}

// The first Submit takes one Thread-N number, that of CPython's executor
// manager thread; later ones take none (python3: a thread made after the
// first submit is Thread-(N+2) where the one before it was Thread-N).
func TestProcessPoolTakesManagerThreadNumber(t *testing.T) {
	next := func() int {
		name := (&threading.Thread{}).GetName()
		n, err := strconv.Atoi(strings.TrimPrefix(name, "Thread-"))
		if err != nil {
			t.Fatalf("thread name %q", name)
		}
		return n
	}
	ex := &ProcessPoolExecutor{MaxWorkers: 1}
	defer ex.Shutdown(true, false)
	n := next()
	if _, err := ex.Submit(procSquare, 2).Result(); err != nil {
		t.Fatal(err)
	}
	if _, err := ex.Submit(procSquare, 3).Result(); err != nil {
		t.Fatal(err)
	}
	if got := next(); got != n+2 {
		t.Errorf("after two Submits: Thread-%d, want Thread-%d", got, n+2)
	}
}
