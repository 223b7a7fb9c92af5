package futures

import (
	"errors"
	"fmt"
	"reflect"
	"sync"
	"time"

	"github.com/gonotes/gonotes/lib/multiprocessing"
	"github.com/gonotes/gonotes/lib/threading"
)

// ProcessPoolExecutor runs submitted tasks in worker processes, as Python's
// concurrent.futures.ProcessPoolExecutor: real OS processes, in parallel on
// every core. It is a [multiprocessing.Pool] behind the Future API. The
// zero value is ready to use; the workers start at the first Submit.
//
//	ex := &futures.ProcessPoolExecutor{MaxWorkers: 2}
//	defer ex.Shutdown(true, false)
//	f := ex.Submit(work, 1, 2)     // work(1, 2) in a worker process
//	r, err := f.Result()
//
// A task is a top-level function and its arguments, not a closure: the
// worker finds the function by name and gets copies of the arguments (see
// package multiprocessing, which also says which values can cross). In a
// compiled program, register the functions with multiprocessing.Main.
type ProcessPoolExecutor struct {
	// MaxWorkers is the number of worker processes; zero means the number
	// of CPUs (Python's max_workers=None). Negative, such as [ZeroWorkers]
	// (Python's max_workers=0), panics at the first Submit. Set it before
	// use.
	MaxWorkers int
	// Initializer, if set, is called with InitArgs by each worker process
	// when it starts (Python's initializer and initargs): a top-level
	// function, as the tasks (see multiprocessing.Pool's Initializer).
	Initializer any
	// InitArgs are the arguments given to Initializer.
	InitArgs []any
	// MaxTasksPerChild is how many tasks a worker process runs before it
	// exits and a new one takes its place (Python's max_tasks_per_child;
	// CPython then starts its workers with "spawn", so they are named
	// SpawnProcess-N); 0 means a worker lives as long as the executor.
	// Negative (Python's max_tasks_per_child=0 or less) panics at the
	// first Submit.
	MaxTasksPerChild int

	mu       sync.Mutex
	pool     *multiprocessing.Pool
	pending  map[*Future]*multiprocessing.AsyncResult
	shutdown bool
	broken   bool
}

// getPool returns the pool, started at the first call, or what Submit
// panics with; e.mu is held.
func (e *ProcessPoolExecutor) getPool() (*multiprocessing.Pool, error) {
	if e.broken {
		return nil, ErrProcessPoolNotUsable
	}
	if e.shutdown {
		return nil, errors.New("RuntimeError: cannot schedule new futures after shutdown")
	}
	if e.MaxWorkers < 0 {
		return nil, errors.New("ValueError: max_workers must be greater than 0")
	}
	if e.MaxTasksPerChild < 0 {
		return nil, errors.New("ValueError: max_tasks_per_child must be >= 1")
	}
	if e.pool == nil {
		name := "ForkProcess"
		if e.MaxTasksPerChild > 0 {
			name = "SpawnProcess"
		}
		// CPython's submit starts the executor's manager thread, a
		// Thread subclass that takes the next Thread-N number (its
		// pool of processes has no handler threads of its own).
		(&threading.Thread{}).GetName()
		e.pool = &multiprocessing.Pool{Processes: e.MaxWorkers, Initializer: e.Initializer, InitArgs: e.InitArgs, WorkerName: name, MaxTasksPerChild: e.MaxTasksPerChild, HandlerThreads: -1}
		e.pending = map[*Future]*multiprocessing.AsyncResult{}
	}
	return e.pool, nil
}

// Submit schedules fn(args...) to run in a worker process and returns its
// Future (Python's submit(fn, *args)). A task whose function cannot be
// named or whose arguments cannot be sent fails its Future at once. After
// Shutdown it panics with "RuntimeError: cannot schedule new futures after
// shutdown".
func (e *ProcessPoolExecutor) Submit(fn any, args ...any) *Future {
	f := newFuture()
	f.notifyOnCancel = true
	e.mu.Lock()
	pool, err := e.getPool()
	if err != nil {
		e.mu.Unlock() // the executor stays usable (Shutdown) after the panic
		panic(err)
	}
	ar := pool.ApplyAsync(fn, args...)
	e.pending[f] = ar
	e.mu.Unlock()
	ar.AddStartCallback(func() { f.setRunning(0) })
	ar.AddDoneCallback(func(v any, err error) {
		e.mu.Lock()
		delete(e.pending, f)
		e.mu.Unlock()
		if errors.Is(err, multiprocessing.ErrCancelled) {
			f.Cancel()
			return
		}
		if errors.Is(err, multiprocessing.ErrWorkerDied) {
			err = ErrBrokenProcessPool
			e.breakPool()
		}
		f.mu.Lock()
		if st := f.state.Load(); st == cancelled || st == finished {
			f.mu.Unlock()
			return
		}
		f.result, f.err = v, err
		f.state.Store(finished)
		f.complete(true) // unlocks f.mu
	})
	// Cancelling the Future drops the task if no worker has started it.
	f.AddDoneCallback(func(f *Future) {
		if f.Cancelled() {
			ar.Cancel()
		}
	})
	return f
}

// breakPool marks the executor broken after a worker process died, as
// Python's: every task pending or running fails with ErrBrokenProcessPool,
// the workers are terminated, and Submit panics from now on.
func (e *ProcessPoolExecutor) breakPool() {
	e.mu.Lock()
	if e.broken {
		e.mu.Unlock()
		return
	}
	e.broken = true
	pool := e.pool
	var fs []*Future
	for f := range e.pending {
		fs = append(fs, f)
	}
	e.mu.Unlock()
	for _, f := range fs {
		f.mu.Lock()
		if st := f.state.Load(); st == cancelled || st == finished {
			f.mu.Unlock()
			continue
		}
		f.result, f.err = nil, ErrBrokenProcessPool
		f.state.Store(finished)
		f.complete(true) // unlocks f.mu
	}
	go pool.Terminate()
}

// Map runs fn on each item of items (a slice) in the worker processes and
// returns the results in order (Python's map). If a task fails, Map
// cancels the tasks not yet started and returns the results before it and
// its error.
//
// An optional chunksize is Python's map(fn, items, chunksize=n): the items
// go to the workers n at a time (default 1). As in Python, a failing call
// then loses its whole chunk: Map returns the results of the chunks before
// it and the error. A chunksize below 1 panics with "ValueError: chunksize
// must be >= 1.".
func (e *ProcessPoolExecutor) Map(fn any, items any, chunksize ...int) ([]any, error) {
	v := reflect.ValueOf(items)
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil, fmt.Errorf("futures: Map needs a slice of items, not %T", items)
	}
	if len(chunksize) > 0 && chunksize[0] < 1 {
		panic(errors.New("ValueError: chunksize must be >= 1."))
	}
	if len(chunksize) > 0 && chunksize[0] > 1 {
		return e.mapChunks(fn, items, chunksize[0])
	}
	fs := make([]*Future, v.Len())
	for i := range fs {
		fs[i] = e.Submit(fn, v.Index(i).Interface())
	}
	return mapResults(fs, time.Time{})
}

// mapChunks is Map with chunks of n items: the pool's Imap, which yields a
// failing chunk's error in place of its results and ends there.
func (e *ProcessPoolExecutor) mapChunks(fn any, items any, n int) ([]any, error) {
	e.mu.Lock()
	pool, err := e.getPool()
	e.mu.Unlock()
	if err != nil {
		panic(err)
	}
	var results []any
	it := pool.Imap(fn, items, n)
	for it.Next() {
		if err := it.Err(); err != nil {
			if errors.Is(err, multiprocessing.ErrWorkerDied) {
				e.breakPool()
				err = ErrBrokenProcessPool
			}
			return results, err
		}
		results = append(results, it.Value())
	}
	return results, nil
}

// MapTimeout is Map giving up d after the call (Python's map(fn, items,
// timeout=d)): when a result is not ready by then, it cancels the tasks
// not yet started and returns the results before it and ErrTimeout.
func (e *ProcessPoolExecutor) MapTimeout(fn any, items any, d time.Duration) ([]any, error) {
	deadline := time.Now().Add(d)
	v := reflect.ValueOf(items)
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil, fmt.Errorf("futures: MapTimeout needs a slice of items, not %T", items)
	}
	fs := make([]*Future, v.Len())
	for i := range fs {
		fs[i] = e.Submit(fn, v.Index(i).Interface())
	}
	return mapResults(fs, deadline)
}

// Shutdown stops the executor: no new tasks are accepted; with
// cancelFutures, the tasks not yet started are cancelled; with wait, it
// waits for the running and queued tasks to finish and the worker
// processes to end (Python's shutdown(wait, cancel_futures)). Calling it
// again is harmless.
func (e *ProcessPoolExecutor) Shutdown(wait, cancelFutures bool) {
	e.mu.Lock()
	e.shutdown = true
	pool := e.pool
	var fs []*Future
	if cancelFutures {
		for f := range e.pending {
			fs = append(fs, f)
		}
	}
	e.mu.Unlock()
	for _, f := range fs {
		f.Cancel()
	}
	if pool == nil {
		return
	}
	pool.Close()
	if wait {
		pool.Join()
	}
}

// String returns e.g. "<ProcessPoolExecutor workers=2 pending=3>".
func (e *ProcessPoolExecutor) String() string {
	e.mu.Lock()
	defer e.mu.Unlock()
	n := e.MaxWorkers
	if n <= 0 {
		n = multiprocessing.CPUCount()
	}
	s := fmt.Sprintf("<ProcessPoolExecutor workers=%d pending=%d", n, len(e.pending))
	if e.shutdown {
		s += " shutdown"
	}
	return s + ">"
}
