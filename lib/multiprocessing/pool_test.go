package multiprocessing_test

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

func init() {
	mp.Register(divide, stringsAndErr)
}

func divide(a, b int) (int, error) {
	if b == 0 {
		return 0, errors.New("ZeroDivisionError: division by zero")
	}
	return a / b, nil
}

func stringsAndErr(s string) (string, int) { return strings.ToUpper(s), len(s) }

func TestPoolMap(t *testing.T) {
	p := mp.NewPool(2)
	defer p.Terminate()
	if p.String() != "<multiprocessing.pool.Pool state=RUN pool_size=2>" {
		t.Errorf("String %s", p)
	}
	xs := make([]int, 100)
	for i := range xs {
		xs[i] = i
	}
	res, err := p.Map(square, xs)
	if err != nil {
		t.Fatal(err)
	}
	for i, v := range res {
		if v != i*i {
			t.Fatalf("res[%d] = %v", i, v)
		}
	}
	res, err = p.Starmap(add, [][]int{{1, 2}, {3, 4}})
	if err != nil || fmtAny(res) != "[3 7]" {
		t.Errorf("Starmap = %v, %v", res, err)
	}
	v, err := p.Apply(divide, 7, 2)
	if v != 3 || err != nil {
		t.Errorf("Apply = %v, %v", v, err)
	}
	_, err = p.Apply(divide, 1, 0)
	if err == nil || err.Error() != "ZeroDivisionError: division by zero" {
		t.Errorf("Apply error = %v", err)
	}
	_, err = p.Map(boom, []any{nil})
	if err == nil || err.Error() != "TypeError: boom() takes 0 positional arguments but 1 was given" {
		t.Errorf("Map(boom) = %v", err)
	}
	// A panic comes back as the function's own error, as Python's Pool
	// raises the worker's exception (str(e) == "boom"); the worker's stack
	// is kept as Python's RemoteTraceback.
	v, err = p.Apply(boom)
	var tb interface{ Traceback() string }
	if err == nil || err.Error() != "boom" || !errors.As(err, &tb) || !strings.Contains(tb.Traceback(), "boom") {
		t.Errorf("panic = %v", err)
	}
	// From python3, the same map of a function raising ValueError("bad
	// input") for 3: print(e) shows "bad input".
	if _, err := p.Map(squareBadThree, []int{1, 2, 3}); err == nil || err.Error() != "bad input" {
		t.Errorf("Map error = %v", err)
	}
	v, err = p.Apply(stringsAndErr, "abc")
	if fmtAny(v) != "[ABC 3]" || err != nil {
		t.Errorf("two results = %v, %v", v, err)
	}
	ar := p.ApplyAsync(slowSquare, 9)
	if v, err := ar.Get(); v != 81 || err != nil || !ar.Ready() || !ar.Successful() {
		t.Errorf("ApplyAsync = %v, %v", v, err)
	}
	mr := p.MapAsync(slowSquare, []int{1, 2, 3})
	mr.Wait()
	if v, _ := mr.Get(); fmtAny(v) != "[1 4 9]" {
		t.Errorf("MapAsync = %v", v)
	}

	it := p.Imap(slowSquare, []int{3, 1, 2})
	var got []any
	for it.Next() {
		if it.Err() != nil {
			t.Fatal(it.Err())
		}
		got = append(got, it.Value())
	}
	if fmtAny(got) != "[9 1 4]" {
		t.Errorf("Imap = %v", got)
	}
	it = p.ImapUnordered(slowSquare, []int{3, 1, 2})
	var ints []int
	for it.Next() {
		ints = append(ints, it.Value().(int))
	}
	sort.Ints(ints)
	if fmtAny(ints) != "[1 4 9]" {
		t.Errorf("ImapUnordered = %v", ints)
	}
}

func TestPoolWorkerCrash(t *testing.T) {
	p := &mp.Pool{Processes: 2}
	defer p.Terminate()
	_, err := p.Map(dieHard, []int{1, 2, 3, 4})
	if err == nil || !strings.Contains(err.Error(), "died with exit code 7 while running dieHard()") {
		t.Errorf("Map = %v", err)
	}
	// The pool replaced the worker and goes on.
	res, err := p.Map(square, []int{1, 2, 3})
	if err != nil || fmtAny(res) != "[1 4 9]" {
		t.Errorf("after the crash: %v, %v", res, err)
	}
}

func TestPoolCloseJoinTerminate(t *testing.T) {
	p := mp.NewPool(2)
	rs := []*mp.AsyncResult{p.ApplyAsync(slowSquare, 2), p.ApplyAsync(slowSquare, 3), p.ApplyAsync(slowSquare, 4)}
	mustPanic(t, "ValueError: Pool is still running", p.Join)
	p.Close()
	p.Join()
	for i, r := range rs {
		if v, err := r.Get(); v != (i+2)*(i+2) || err != nil {
			t.Errorf("result %d = %v, %v", i, v, err)
		}
	}
	if _, err := p.Map(square, []int{1}); err == nil || err.Error() != "ValueError: Pool not running" {
		t.Errorf("Map after Close: %v", err)
	}
	// CPython raises at the call of the methods that return a result.
	mustPanic(t, "ValueError: Pool not running", func() { p.ApplyAsync(square, 1) })
	mustPanic(t, "ValueError: Pool not running", func() { p.MapAsync(square, []int{1}) })
	mustPanic(t, "ValueError: Pool not running", func() { p.StarmapAsync(square, [][]int{{1}}) })
	mustPanic(t, "ValueError: Pool not running", func() { p.Imap(square, []int{1}) })
	mustPanic(t, "ValueError: Pool not running", func() { p.ImapUnordered(square, []int{1}) })
	if _, err := p.Apply(square, 1); err == nil || err.Error() != "ValueError: Pool not running" {
		t.Errorf("Apply after Close: %v", err)
	}

	p = mp.NewPool(1)
	ar := p.ApplyAsync(sleepLong)
	queued := p.ApplyAsync(square, 2)
	time.Sleep(20 * time.Millisecond)
	p.Terminate()
	if _, err := ar.Get(); err == nil {
		t.Error("terminated task: no error")
	}
	if _, err := queued.Get(); err == nil {
		t.Error("queued task: no error")
	}
	if _, err := p.Map(closureTarget(), []int{1}); err == nil {
		t.Error("no error")
	}
}

func closureTarget() func(int) int { return func(x int) int { return x } }

func TestPoolInterrupt(t *testing.T) {
	p := mp.NewPool(1)
	defer p.Terminate()
	inScope(func(s *hook.Scope) {
		go func() {
			time.Sleep(50 * time.Millisecond)
			s.Interrupt()
		}()
		defer func() {
			if r := recover(); !hook.IsInterrupt(r) {
				t.Errorf("recovered %v", r)
			}
		}()
		p.Map(slowSquare, make([]int, 100))
	})
	hook.Reset()
	if v, err := p.Apply(square, 5); v != 25 || err != nil {
		t.Errorf("after the interrupt: %v, %v", v, err)
	}
}

func TestPoolOutputReachesCell(t *testing.T) {
	p := mp.NewPool(1)
	defer p.Terminate()
	first, _ := inScope(func(*hook.Scope) { p.Apply(square, 1) }) // workers started in another cell
	stdout, _ := inScope(func(*hook.Scope) {
		if _, err := p.Map(printHello, []string{"a", "b"}); err != nil {
			t.Error(err)
		}
	})
	if stdout != "hello from a\nhello from b\n" || first != "" {
		t.Errorf("cell stdout %q (first cell %q)", stdout, first)
	}
}

// Shutdown kills the pools' workers and reaps them before it returns: a
// kernel's interpreter that exits right after leaves no zombie behind.
func TestShutdownReapsPoolWorkers(t *testing.T) {
	pool := mp.NewPool(3)
	res, err := pool.Map(pidOf, []int{1, 2, 3, 4, 5, 6})
	if err != nil {
		t.Fatal(err)
	}
	p := &mp.Process{Target: sleepLong}
	start(t, p)
	pids := map[int]bool{p.Pid(): true}
	for _, v := range res {
		pids[v.(int)] = true
	}
	mp.Shutdown()
	for pid := range pids {
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
		if err != nil {
			continue // reaped
		}
		s := string(b)
		if i := strings.LastIndexByte(s, ')'); i > 0 && i+2 < len(s) && s[i+2] == 'Z' {
			t.Errorf("child %d is a zombie after Shutdown", pid)
		} else {
			t.Errorf("child %d still runs after Shutdown: %s", pid, s)
		}
	}
}

func failingInit() { panic("init failed") }

// A Pool's Initializer runs in each worker before its tasks; its
// arguments must suit it; one that panics fails the tasks instead of
// leaving them waiting (Python's pool would wait forever).
func TestPoolInitializer(t *testing.T) {
	lock, v := mp.NewLock(), mp.NewValue("i", 0)
	pool := &mp.Pool{Processes: 2, Initializer: initWorker, InitArgs: []any{lock, v}}
	rs, err := pool.Map(countOne, make([]int, 6))
	pool.Terminate()
	if err != nil || len(rs) != 6 || v.Get() != 6 {
		t.Errorf("Map with an Initializer: %v, %v, counter %v", rs, err, v.Get())
	}
	bad := &mp.Pool{Processes: 1, Initializer: initWorker, InitArgs: []any{lock}}
	if _, err := bad.Apply(countOne, 1); err == nil || !strings.Contains(err.Error(), "Initializer") {
		t.Errorf("an Initializer given too few arguments: %v", err)
	}
	bad.Terminate()
	broken := &mp.Pool{Processes: 1, Initializer: failingInit}
	defer broken.Terminate()
	if _, err := broken.Apply(countOne, 1); err == nil {
		t.Error("a panicking Initializer: no error")
	}
}

func countOrFail(x int) int {
	if x == 0 {
		panic("bad 0")
	}
	return countOne(x)
}

// As Python's map, a failed call does not stop the others: Map returns
// the error once every chunk has run, each chunk stopping at its own
// failing call (10 items on 1 worker: chunks of 3, so 1 and 2 are skipped
// and 3..9 run).
func TestMapErrorAfterAllChunks(t *testing.T) {
	lock, v := mp.NewLock(), mp.NewValue("i", 0)
	pool := &mp.Pool{Processes: 1, Initializer: initWorker, InitArgs: []any{lock, v}}
	defer pool.Terminate()
	_, err := pool.Map(countOrFail, []int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9})
	if err == nil || err.Error() != "bad 0" || v.Get() != 7 {
		t.Errorf("Map: %v, counter %v; want bad 0 and 7 calls run", err, v.Get())
	}
}

// Too few arguments fail in the worker, as Python's TypeError, naming the
// missing parameters; a chunksize below 1 calls nothing, as CPython's map.
func TestPoolArityAndChunksize(t *testing.T) {
	p := mp.NewPool(1)
	defer p.Terminate()
	_, err := p.Apply(divide, 7)
	if err == nil || err.Error() != "TypeError: divide() missing 1 required positional argument: 'b'" {
		t.Errorf("Apply(divide, 7) = %v", err)
	}
	res, err := p.Map(square, []int{1, 2, 3}, 2)
	if err != nil || fmt.Sprint(res) != "[1 4 9]" {
		t.Errorf("Map chunksize 2 = %v, %v", res, err)
	}
	res, err = p.Map(square, []int{1, 2, 3}, 0)
	if err != nil || fmt.Sprint(res) != "[<nil> <nil> <nil>]" {
		t.Errorf("Map chunksize 0 = %v, %v", res, err)
	}
	it := p.Imap(square, []int{1}, 0)
	if !it.Next() || it.Err() == nil || it.Err().Error() != "ValueError: Chunksize must be 1+, not 0" || it.Next() {
		t.Errorf("Imap chunksize 0: %v", it.Err())
	}
}

// NextTimeout is Python's it.next(timeout): ErrTimeout while the result
// is not ready, the result once it is, false at the end.
func TestImapNextTimeout(t *testing.T) {
	p := mp.NewPool(1)
	defer p.Terminate()
	it := p.Imap(square, []int{3})
	ok, err := it.NextTimeout(time.Hour)
	if !ok || err != nil || it.Value() != 9 {
		t.Fatalf("NextTimeout = %v, %v (value %v), want the result", ok, err, it.Value())
	}
	if ok, err := it.NextTimeout(0); ok || err != nil {
		t.Errorf("NextTimeout at the end = %v, %v, want false, nil", ok, err)
	}
}

// With MaxTasksPerChild, a worker exits after that many tasks and a new one
// takes its place (Python's maxtasksperchild); a negative value is
// Python's ValueError.
func TestPoolMaxTasksPerChild(t *testing.T) {
	p := &mp.Pool{Processes: 1, MaxTasksPerChild: 2}
	defer p.Terminate()
	pids := map[any]int{}
	for i := range 5 {
		v, err := p.Apply(pidOf, i)
		if err != nil {
			t.Fatal(err)
		}
		pids[v]++
	}
	if len(pids) != 3 {
		t.Fatalf("5 tasks, 2 per worker: %d workers (tasks per pid %v), want 3", len(pids), pids)
	}
	bad := &mp.Pool{Processes: 1, MaxTasksPerChild: -1}
	if _, err := bad.Apply(pidOf, 0); err == nil || err.Error() != "ValueError: maxtasksperchild must be a positive int or None" {
		t.Fatalf("MaxTasksPerChild -1: %v", err)
	}
}
