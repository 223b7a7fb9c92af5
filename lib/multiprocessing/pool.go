package multiprocessing

import (
	"errors"
	"fmt"
	"io"
	"os"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/spawn"
	"github.com/gonotes/gonotes/lib/threading"
)

// Pool is a pool of worker processes that run functions on the items of a
// slice in parallel, like Python's multiprocessing.Pool.
//
//	p := &multiprocessing.Pool{Processes: 2} // or multiprocessing.NewPool(2)
//	defer p.Terminate()
//	squares, err := p.Map(square, []int{1, 2, 3, 4})
//
// The workers are started at first use and reused for every task; each
// task is sent to an idle worker, the items of a Map in chunks. As in
// CPython, a task's arguments may not hold a Queue, Lock, Event, Value or
// other synchronised object, which only inheritance shares: the result's
// error is Python's RuntimeError ("Queue objects should only be shared
// between processes through inheritance"); give them as InitArgs, or use
// a Manager's (Manager.Queue...), which tasks may receive. The
// function must be a top-level function (see the package documentation);
// it may return a value, a value and an error, or nothing; a panic or a
// non-nil error in a worker becomes the error of the result, with the
// function's own message ("bad input" for panic("bad input"), as Python
// raises the worker's exception; the worker's stack is kept, as Python's
// RemoteTraceback, by a Traceback() string method of the error). A worker that
// dies fails the tasks it was running (it is replaced), so no result waits
// forever. The workers are daemon processes: they end with the pool's
// process.
type Pool struct {
	// Processes is the number of workers; 0 means CPUCount() (Python's
	// processes=None). Negative, such as [ZeroProcesses] (Python's
	// processes=0), makes the pool's first use fail with Python's
	// ValueError ("Number of processes must be at least 1").
	Processes int
	// Initializer, if set, is called with InitArgs by each worker when it
	// starts, before its first task (Python's initializer and initargs):
	// a top-level function, as a Process's Target, typically to keep a
	// Lock, Value or Queue of InitArgs in a global of the worker. If it
	// panics, the worker prints the panic and dies, as in Python, and the
	// tasks sent to it fail (Python's would wait forever). Set both before
	// the pool's first use.
	Initializer any
	// InitArgs are the arguments given to Initializer.
	InitArgs []any
	// WorkerName is the prefix of the workers' names (their
	// current_process().name is WorkerName-N): "" means ForkPoolWorker,
	// the name CPython gives a Pool's workers on Linux;
	// concurrent.futures' ProcessPoolExecutor sets ForkProcess, its own.
	WorkerName string
	// MaxTasksPerChild is how many tasks a worker completes before it
	// exits and a new worker takes its place (Python's maxtasksperchild,
	// to free what a long-lived worker holds); 0 means a worker lives as
	// long as the pool. A task is an Apply, or a chunk of a Map. Negative
	// (Python's maxtasksperchild=0 or less; a zero field is Python's None)
	// makes the pool's first use fail with Python's ValueError.
	MaxTasksPerChild int
	// HandlerThreads is how many Thread-N numbers of package threading the
	// pool takes when it is made by NewPool (or first used, for a Pool
	// literal): CPython's Pool() starts three handler threads,
	// "Thread-N (_handle_workers)", "(_handle_tasks)" and
	// "(_handle_results)", which take the next three numbers, so that a
	// thread made after a Pool is numbered as in Python. 0 means those
	// three; negative takes none (concurrent.futures' ProcessPoolExecutor,
	// whose manager thread takes one). The library's pool has no such
	// threads: threading.Enumerate and ActiveCount do not list them.
	HandlerThreads int

	mu         sync.Mutex
	namesTaken bool     // HandlerThreads' numbers taken
	initName   string   // the Initializer's name
	initArgs   [][]byte // InitArgs, encoded
	status     byte
	started    bool
	startErr   error
	workers    map[*poolWorker]struct{}
	queue      []*poolTask
	nextID     uint64
	exited     chan struct{} // closed when the pool is closed and every worker has exited
	scope      *hook.Scope
	failures   int // workers dead before answering a task, in a row
}

// Pool states, as Python names them.
const (
	poolRun byte = iota
	poolClose
	poolTerminate
)

// ZeroProcesses spells Python's Pool(processes=0) in [Pool.Processes],
// whose zero value means Python's default (processes=None, CPUCount()): as
// any negative Processes, the pool's first use fails with Python's
// ValueError ("Number of processes must be at least 1").
const ZeroProcesses = -1

// NewPool returns a pool of processes workers (0: CPUCount(); Python's
// Pool(0) is NewPool(ZeroProcesses)).
func NewPool(processes int) *Pool {
	p := &Pool{Processes: processes}
	if processes >= 0 {
		// Python's Pool() starts its handler threads once processes
		// is found valid.
		p.takeThreadNames()
	}
	return p
}

// takeThreadNames takes the Thread-N numbers of the handler threads (see
// HandlerThreads), once; p.mu is held or p is new.
func (p *Pool) takeThreadNames() {
	if p.namesTaken {
		return
	}
	p.namesTaken = true
	n := p.HandlerThreads
	if n == 0 {
		n = 3
	}
	for i := 0; i < n; i++ {
		(&threading.Thread{}).GetName()
	}
}

type poolWorker struct {
	c      *child
	name   string
	task   *poolTask // running, or nil
	scope  atomic.Pointer[hook.Scope]
	stop   bool // STOP sent
	worked bool // answered a task
	tasks  int  // tasks answered
	outs   []*outCopy
}

// poolTask is a chunk of calls of one function.
type poolTask struct {
	id       uint64
	target   string
	calls    [][][]byte
	scope    *hook.Scope
	deliver  func(i int, v any, err error) // for each call, in any order
	canceled bool
	started  bool
	onStart  func() // called (with the pool's mutex held) when a worker gets it
}

// Start starts the workers now rather than at first use.
func (p *Pool) Start() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.startLocked()
}

func (p *Pool) startLocked() error {
	if p.started {
		return p.startErr
	}
	p.started = true
	p.workers = map[*poolWorker]struct{}{}
	p.exited = make(chan struct{})
	p.scope = hook.Current()
	if inDaemon() {
		// Python's Pool() raises it from its first worker's start().
		p.startErr = errDaemonChildren
		return p.startErr
	}
	if p.Processes < 0 {
		p.startErr = errors.New("ValueError: Number of processes must be at least 1")
		return p.startErr
	}
	if p.MaxTasksPerChild < 0 {
		p.startErr = errors.New("ValueError: maxtasksperchild must be a positive int or None")
		return p.startErr
	}
	p.takeThreadNames()
	if p.Initializer != nil {
		name, ft, err := resolveTarget(p.Initializer, "")
		if err == nil {
			err = checkArity(name, ft, len(p.InitArgs), reflect.ValueOf(p.Initializer))
		}
		if err == nil {
			p.initArgs, err = encodeArgs(p.InitArgs)
		}
		if err != nil {
			p.startErr = fmt.Errorf("multiprocessing: the pool's Initializer: %w", err)
			return p.startErr
		}
		p.initName = name
	}
	n := p.Processes
	if n <= 0 {
		n = CPUCount()
	}
	p.Processes = n
	state.mu.Lock()
	state.pools[p] = struct{}{}
	state.mu.Unlock()
	for i := 0; i < n; i++ {
		if err := p.addWorker(); err != nil {
			p.startErr = err
			for w := range p.workers {
				w.c.signal(syscall.SIGKILL)
			}
			return err
		}
	}
	return nil
}

// addWorker starts one worker; p.mu is held.
func (p *Pool) addWorker() error {
	prefix := p.WorkerName
	if prefix == "" {
		prefix = "ForkPoolWorker"
	}
	w := &poolWorker{name: nextName(prefix)}
	w.scope.Store(p.scope)
	var out, errw io.Writer
	var ends []*os.File
	if p.scope != nil {
		for i, dst := range []workerWriter{{w, false}, {w, true}} {
			oc, f, err := newOutCopy(dst)
			if err != nil {
				return fmt.Errorf("multiprocessing: %w", err)
			}
			w.outs = append(w.outs, oc)
			ends = append(ends, f)
			if i == 0 {
				out = f
			} else {
				errw = f
			}
		}
	}
	c, err := startChild("", &initMsg{name: w.name, daemon: true, mode: modePool, target: p.initName, args: p.initArgs}, out, errw)
	for _, f := range ends {
		f.Close()
	}
	if err != nil {
		return err
	}
	w.c = c
	c.peer.control = func(f frame) {
		if f.op == opResult {
			p.result(w, f.body)
		}
	}
	p.workers[w] = struct{}{}
	go p.watch(w)
	return nil
}

// workerWriter sends a worker's output to the cell of the task it runs.
type workerWriter struct {
	w   *poolWorker
	err bool
}

func (ww workerWriter) Write(b []byte) (int, error) {
	return spawn.ScopeWriter(ww.w.scope.Load(), ww.err).Write(b)
}

// watch waits for a worker to end: its running task fails, and a
// replacement is started while the pool runs.
func (p *Pool) watch(w *poolWorker) {
	<-w.c.done
	p.mu.Lock()
	delete(p.workers, w)
	t := w.task
	w.task = nil
	if p.status == poolRun {
		var err error
		if !w.worked {
			p.failures++
		}
		if p.failures > 2*p.Processes {
			err = fmt.Errorf("its workers keep dying at start (the last one with exit code %s)", exitName(w.c.exitcode))
		} else {
			err = p.addWorker()
		}
		if err != nil {
			p.startErr = fmt.Errorf("multiprocessing: the pool is broken: %w", err)
			p.failQueued(p.startErr)
		}
	}
	if p.status != poolRun && len(p.workers) == 0 {
		p.closeExited()
	}
	p.dispatch()
	p.mu.Unlock()
	if t != nil {
		err := &workerDiedError{fmt.Sprintf("multiprocessing: the pool worker %s (pid %d) died with exit code %s while running %s()",
			w.name, w.c.pid, exitName(w.c.exitcode), shortName(t.target))}
		for i := range t.calls {
			t.deliver(i, nil, err)
		}
	}
}

// result handles a worker's answer to its task.
func (p *Pool) result(w *poolWorker, body []byte) {
	r := &rbuf{b: body}
	id := r.uvarint()
	n := int(r.uvarint())
	p.mu.Lock()
	t := w.task
	if t == nil || t.id != id {
		p.mu.Unlock()
		return
	}
	w.task = nil
	w.worked = true
	p.failures = 0
	if w.tasks++; p.MaxTasksPerChild > 0 && w.tasks >= p.MaxTasksPerChild && !w.stop {
		// Done its share: it exits, and watch starts its replacement.
		w.stop = true
		w.c.peer.send(opStop, nil, true)
	}
	p.mu.Unlock()
	for _, oc := range w.outs {
		oc.drain() // the output printed before the answer goes first
	}
	p.mu.Lock()
	p.dispatch()
	p.mu.Unlock()
	for i := 0; i < n && r.err == nil; i++ {
		st, b := r.byte1(), r.bytes()
		if st != stOK {
			msg, tb, _ := strings.Cut(string(b), tracebackSep)
			t.deliver(i, nil, &remoteError{msg: msg, tb: tb})
			continue
		}
		v, err := decodeValue(b)
		if err != nil {
			err = fmt.Errorf("multiprocessing: cannot receive a result: %w", err)
		}
		t.deliver(i, v, err)
	}
	if r.err != nil {
		for i := n; i < len(t.calls); i++ {
			t.deliver(i, nil, r.err)
		}
	}
}

// dispatch sends queued tasks to idle workers, and STOP to idle workers
// of a closed pool with nothing left to do; p.mu is held.
func (p *Pool) dispatch() {
	for w := range p.workers {
		if w.task != nil || w.stop {
			continue
		}
		var t *poolTask
		b := &wbuf{}
		for len(p.queue) > 0 && t == nil {
			t = p.queue[0]
			p.queue[0] = nil
			p.queue = p.queue[1:]
			if t.canceled {
				t = nil
				continue
			}
			b.b = b.b[:0]
			b.uvarint(t.id)
			b.str(t.target)
			b.uvarint(uint64(len(t.calls)))
			for _, c := range t.calls {
				b.items(c)
			}
			if n := len(b.b) + 1; n > maxFrame {
				// Its arguments cannot reach a worker: the task fails.
				big := t
				go func() {
					for i := range big.calls {
						big.deliver(i, nil, &errTooLarge{n: n})
					}
				}()
				t = nil
			}
		}
		if t == nil {
			if p.status != poolRun {
				w.stop = true
				w.c.peer.send(opStop, nil, true)
			}
			continue
		}
		w.task = t
		t.started = true
		if t.onStart != nil {
			t.onStart()
		}
		w.scope.Store(t.scope)
		if err := w.c.peer.send(opTask, b.b, true); err != nil {
			w.c.signal(syscall.SIGKILL) // watch fails the task
		}
	}
}

func (p *Pool) failQueued(err error) {
	q := p.queue
	p.queue = nil
	go func() {
		for _, t := range q {
			if !t.canceled {
				for i := range t.calls {
					t.deliver(i, nil, err)
				}
			}
		}
	}()
}

var errPoolNotRunning = errors.New("ValueError: Pool not running")

// mustRun panics with Python's ValueError("Pool not running") when the pool
// is closed or terminated: CPython's apply_async, map_async, starmap_async,
// imap and imap_unordered raise it at the call, before a result exists.
func (p *Pool) mustRun() {
	if err := p.running(); err != nil {
		panic(err)
	}
}

// running returns errPoolNotRunning when the pool is closed or terminated.
func (p *Pool) running() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.status != poolRun {
		return errPoolNotRunning
	}
	return nil
}

// ErrWorkerDied matches (errors.Is) the error of the calls that a Pool
// worker was running when it died (killed, or os.Exit in the task): the
// error itself names the worker and its exit code.
var ErrWorkerDied = errors.New("multiprocessing: a pool worker died")

type workerDiedError struct{ msg string }

func (e *workerDiedError) Error() string        { return e.msg }
func (e *workerDiedError) Is(target error) bool { return target == ErrWorkerDied }

// submit queues calls of f in chunks of chunk calls; deliver gets each
// result with its index.
func (p *Pool) submit(f any, calls [][][]byte, chunk int, deliver func(i int, v any, err error)) ([]*poolTask, error) {
	name, ft, err := resolveTarget(f, "")
	if err != nil {
		return nil, err
	}
	_ = ft
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.status != poolRun {
		return nil, errPoolNotRunning
	}
	if err := p.startLocked(); err != nil {
		return nil, err
	}
	if p.startErr != nil {
		return nil, p.startErr
	}
	scope := hook.Current()
	var tasks []*poolTask
	for start := 0; start < len(calls); start += chunk {
		end := min(start+chunk, len(calls))
		p.nextID++
		base := start
		t := &poolTask{id: p.nextID, target: name, calls: calls[start:end], scope: scope,
			deliver: func(i int, v any, err error) { deliver(base+i, v, err) }}
		tasks = append(tasks, t)
		p.queue = append(p.queue, t)
	}
	p.dispatch()
	return tasks, nil
}

// cancel drops the tasks not yet sent to a worker; unless force, it
// drops none if one was sent. It reports whether no task was sent.
func (p *Pool) cancel(tasks []*poolTask, force bool) bool {
	p.mu.Lock()
	defer p.mu.Unlock()
	none := true
	for _, t := range tasks {
		none = none && !t.started
	}
	if none || force {
		for _, t := range tasks {
			t.canceled = true
		}
	}
	return none
}

// setStart arranges for ar's start callbacks to run when a worker gets
// the first of tasks.
func (p *Pool) setStart(ar *AsyncResult, tasks []*poolTask) {
	p.mu.Lock()
	begun := false
	for _, t := range tasks {
		t.onStart = ar.started
		begun = begun || t.started
	}
	p.mu.Unlock()
	if begun {
		ar.started()
	}
}

// calls encodes the items of a Map (star false: one argument each) or a
// Starmap (star true: each item is a slice of arguments).
func mapCalls(f any, items any, star bool) ([][][]byte, error) {
	_, _, err := resolveTarget(f, "")
	if err != nil {
		return nil, err
	}
	v := reflect.ValueOf(items)
	if v.Kind() != reflect.Slice && v.Kind() != reflect.Array {
		return nil, fmt.Errorf("multiprocessing: the items must be a slice, not %s", typeString(typeOf(items)))
	}
	calls := make([][][]byte, v.Len())
	for i := range calls {
		it := v.Index(i)
		if !star {
			b, err := encodeTaskValue(it.Interface())
			if err != nil {
				return nil, itemError(i, it.Interface(), err)
			}
			calls[i] = [][]byte{b}
			continue
		}
		if it.Kind() == reflect.Interface {
			it = it.Elem()
		}
		if it.Kind() != reflect.Slice && it.Kind() != reflect.Array {
			return nil, fmt.Errorf("multiprocessing: Starmap item %d must be a slice of arguments, not %s", i+1, typeString(it.Type()))
		}
		for j := 0; j < it.Len(); j++ {
			b, err := encodeTaskValue(it.Index(j).Interface())
			if err != nil {
				return nil, itemError(i, it.Index(j).Interface(), err)
			}
			calls[i] = append(calls[i], b)
		}
	}
	return calls, nil
}

func itemError(i int, v any, err error) error {
	if ie := (*inheritanceError)(nil); errors.As(err, &ie) {
		return ie
	}
	return fmt.Errorf("multiprocessing: cannot send item %d (%s) to a worker process: %w", i+1, typeString(typeOf(v)), err)
}

// chunksize is Python's default for map: about four chunks per worker.
func (p *Pool) chunksize(n int) int {
	w := p.Processes
	if w <= 0 {
		w = CPUCount()
	}
	c := n / (w * 4)
	if n%(w*4) != 0 {
		c++
	}
	return max(c, 1)
}

// MapAsync is the non-blocking Map: the result's value is the []any of
// results.
func (p *Pool) MapAsync(f any, items any, chunksize ...int) *AsyncResult {
	return p.mapAsync(f, items, false, chunksize)
}

// StarmapAsync is the non-blocking Starmap.
func (p *Pool) StarmapAsync(f any, items any, chunksize ...int) *AsyncResult {
	return p.mapAsync(f, items, true, chunksize)
}

func (p *Pool) mapAsync(f any, items any, star bool, chunksize []int) *AsyncResult {
	p.mustRun()
	ar := newAsyncResult()
	ar.class = "MapResult"
	calls, err := mapCalls(f, items, star)
	if err != nil {
		ar.set(nil, err)
		return ar
	}
	results := make([]any, len(calls))
	chunk := p.chunksize(len(calls))
	if len(chunksize) > 0 {
		chunk = chunksize[0]
	}
	if len(calls) == 0 || chunk < 1 {
		// CPython's map with chunksize < 1 calls nothing and returns a
		// None per item.
		ar.set(results, nil)
		return ar
	}
	var left atomic.Int64
	left.Store(int64(len(calls)))
	var mu sync.Mutex
	var first error
	tasks, err := p.submit(f, calls, chunk, func(i int, v any, err error) {
		mu.Lock()
		if err != nil && first == nil {
			first = err
		}
		results[i] = v
		mu.Unlock()
		if left.Add(-1) > 0 {
			return
		}
		// As Python's map, the result is ready once every task has
		// ended (the others run on after a failure): the first error to
		// arrive, else the results.
		mu.Lock()
		defer mu.Unlock()
		if first != nil {
			ar.set(nil, first)
		} else {
			ar.set(results, nil)
		}
	})
	if err != nil {
		ar.set(nil, err)
		return ar
	}
	ar.cancelFn = func(force bool) bool { return p.cancel(tasks, force) }
	p.setStart(ar, tasks)
	return ar
}

// Map calls f on every item of items (a slice) in the workers and returns
// the results in order, like Python's Pool.map. If a call fails (panics,
// returns an error, or its worker dies), Map returns that error, once the
// other calls have run, as in Python (the items are sent in chunks, and
// as in Python a chunk stops at its failing call). If the
// calling cell is interrupted, the items not yet started are dropped and
// Map panics with hook.KeyboardInterrupt.
//
// An optional chunksize is Python's map(func, iterable, chunksize): the
// number of items sent to a worker at a time (by default about four chunks
// per worker). As in CPython, a chunksize below 1 calls nothing and gives
// a nil result per item.
func (p *Pool) Map(f any, items any, chunksize ...int) ([]any, error) {
	if err := p.running(); err != nil {
		return nil, err
	}
	return mapResult(p.MapAsync(f, items, chunksize...))
}

// Starmap is Map for functions of several arguments: each item is a slice
// of the arguments of one call ([]any{1, 2}, or a []int...).
// An optional chunksize is as Map's.
func (p *Pool) Starmap(f any, items any, chunksize ...int) ([]any, error) {
	if err := p.running(); err != nil {
		return nil, err
	}
	return mapResult(p.StarmapAsync(f, items, chunksize...))
}

func mapResult(ar *AsyncResult) ([]any, error) {
	v, err := ar.getCancel()
	if err != nil {
		return nil, err
	}
	return v.([]any), nil
}

// ApplyAsync calls f(args...) in a worker and returns at once. On a pool
// that is closed or terminated it panics with "ValueError: Pool not
// running", as CPython raises at the call (so do MapAsync, StarmapAsync,
// Imap and ImapUnordered; Map, Starmap and Apply return that error).
func (p *Pool) ApplyAsync(f any, args ...any) *AsyncResult {
	p.mustRun()
	ar := newAsyncResult()
	ar.class = "ApplyResult"
	// A wrong number of args is the worker's TypeError, as in Python.
	_, _, err := resolveTarget(f, "")
	var enc [][]byte
	if err == nil {
		enc, err = encodeTaskArgs(args)
	}
	if err != nil {
		ar.set(nil, err)
		return ar
	}
	tasks, err := p.submit(f, [][][]byte{enc}, 1, func(_ int, v any, err error) { ar.set(v, err) })
	if err != nil {
		ar.set(nil, err)
		return ar
	}
	ar.cancelFn = func(force bool) bool { return p.cancel(tasks, force) }
	p.setStart(ar, tasks)
	return ar
}

// Apply calls f(args...) in a worker and waits for its result.
func (p *Pool) Apply(f any, args ...any) (any, error) {
	if err := p.running(); err != nil {
		return nil, err
	}
	return p.ApplyAsync(f, args...).getCancel()
}

// Imap is a lazier Map: the iterator yields each result, in order, as soon
// as it is ready.
//
// An optional chunksize (default 1) is Python's imap(func, iterable,
// chunksize): the number of items sent to a worker at a time; below 1,
// the iterator yields Python's "ValueError: Chunksize must be 1+, not N".
// As in CPython, a failing call then fails its whole chunk: the iterator
// yields the error in place of the chunk's results and ends there, where
// with chunksize 1 it yields the error of that call and goes on.
func (p *Pool) Imap(f any, items any, chunksize ...int) *IMapIterator {
	return p.imap(f, items, true, chunksize)
}

// ImapUnordered is Imap yielding the results in the order they are ready
// (chunksize as Imap's).
func (p *Pool) ImapUnordered(f any, items any, chunksize ...int) *IMapIterator {
	return p.imap(f, items, false, chunksize)
}

func (p *Pool) imap(f any, items any, ordered bool, chunksize []int) *IMapIterator {
	p.mustRun()
	it := &IMapIterator{ordered: ordered, ready: map[int]imapItem{}, wake: make(chan struct{}, 1)}
	chunk := 1
	if len(chunksize) > 0 {
		chunk = chunksize[0]
	}
	var err error
	if chunk < 1 {
		err = fmt.Errorf("ValueError: Chunksize must be 1+, not %d", chunk)
	}
	var calls [][][]byte
	if err == nil {
		calls, err = mapCalls(f, items, false)
	}
	if err == nil {
		it.n = len(calls)
		deliver := it.deliver
		if chunk > 1 {
			it.endOnErr = true
			deliver = it.chunked(chunk)
		}
		var tasks []*poolTask
		tasks, err = p.submit(f, calls, chunk, deliver)
		it.cancelFn = func() { p.cancel(tasks, true) }
	}
	if err != nil {
		it.n = 1
		it.deliver(0, nil, err)
	}
	return it
}

// Close lets the workers finish the tasks submitted so far, then end;
// no more tasks can be submitted.
func (p *Pool) Close() {
	p.mu.Lock()
	defer p.mu.Unlock()
	if p.status == poolRun {
		p.status = poolClose
		p.stopIfIdle()
	}
}

// stopIfIdle ends a pool that is closed or was never started; p.mu is
// held.
func (p *Pool) stopIfIdle() {
	if !p.started {
		p.started = true
		p.exited = make(chan struct{})
		close(p.exited)
		return
	}
	if len(p.workers) == 0 {
		p.closeExited()
	}
	p.dispatch()
}

func (p *Pool) closeExited() {
	select {
	case <-p.exited:
	default:
		close(p.exited)
	}
}

// Terminate kills the workers at once; the pending tasks fail.
func (p *Pool) Terminate() { p.terminate(true) }

func (p *Pool) terminate(join bool) {
	p.mu.Lock()
	if p.status == poolTerminate {
		p.mu.Unlock()
		return
	}
	p.status = poolTerminate
	p.failQueued(errors.New("multiprocessing: the pool was terminated"))
	p.stopIfIdle()
	ws := make([]*poolWorker, 0, len(p.workers))
	for w := range p.workers {
		ws = append(ws, w)
	}
	p.mu.Unlock()
	for _, w := range ws {
		w.c.signal(syscall.SIGKILL)
	}
	if join {
		p.Join()
	}
	state.mu.Lock()
	delete(state.pools, p)
	state.mu.Unlock()
}

// Join waits for the workers to end, after Close or Terminate (else it
// panics, as Python raises "ValueError: Pool is still running").
func (p *Pool) Join() {
	p.mu.Lock()
	if p.status == poolRun {
		p.mu.Unlock()
		panic(errors.New("ValueError: Pool is still running"))
	}
	exited := p.exited
	p.mu.Unlock()
	select {
	case <-exited:
	case <-hook.Current().Done():
		panic(hook.KeyboardInterrupt)
	}
	state.mu.Lock()
	delete(state.pools, p)
	state.mu.Unlock()
}

// String returns Python's repr, e.g. <multiprocessing.pool.Pool state=RUN pool_size=2>.
func (p *Pool) String() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := p.Processes
	if n <= 0 {
		n = CPUCount()
	}
	return fmt.Sprintf("<multiprocessing.pool.Pool state=%s pool_size=%d>", [...]string{"RUN", "CLOSE", "TERMINATE"}[p.status], n)
}

func (p *Pool) children() []*child {
	p.mu.Lock()
	defer p.mu.Unlock()
	cs := make([]*child, 0, len(p.workers))
	for w := range p.workers {
		cs = append(cs, w.c)
	}
	return cs
}

// AsyncResult is the result of an asynchronous Pool call (ApplyAsync,
// MapAsync, StarmapAsync), like Python's AsyncResult.
type AsyncResult struct {
	done      chan struct{}
	once      sync.Once
	value     any
	err       error
	mu        sync.Mutex
	callbacks []func(any, error)
	isSet     bool // value and err are final; done closes once the callbacks ran
	startFns  []func()
	isStarted bool
	cancelFn  func(force bool) bool
	class     string // Python's class of the result: "MapResult", "ApplyResult"
}

// started runs the start callbacks, once.
func (r *AsyncResult) started() {
	r.mu.Lock()
	if r.isStarted {
		r.mu.Unlock()
		return
	}
	r.isStarted = true
	fns := r.startFns
	r.startFns = nil
	r.mu.Unlock()
	for _, fn := range fns {
		fn()
	}
}

// AddStartCallback calls fn when a worker starts running the call (for a
// MapAsync, the first of its calls); at once if one has. fn runs with the
// pool's mutex held: it must not call the Pool. A ProcessPoolExecutor uses
// it to mark its Future running.
func (r *AsyncResult) AddStartCallback(fn func()) {
	r.mu.Lock()
	if !r.isStarted {
		r.startFns = append(r.startFns, fn)
		r.mu.Unlock()
		return
	}
	r.mu.Unlock()
	fn()
}

func newAsyncResult() *AsyncResult { return &AsyncResult{done: make(chan struct{})} }

// set completes the result (the first call wins). As in CPython, whose
// result handler calls the callback before it sets the result's event, the
// callbacks run first: once Get, Wait or Ready report the result, they have
// returned (a callback added while they run is run with them).
func (r *AsyncResult) set(v any, err error) {
	r.once.Do(func() {
		r.mu.Lock()
		r.value, r.err = v, err
		r.isSet = true
		for len(r.callbacks) > 0 {
			cbs := r.callbacks
			r.callbacks = nil
			r.mu.Unlock()
			for _, cb := range cbs {
				cb(v, err)
			}
			r.mu.Lock()
		}
		close(r.done)
		r.mu.Unlock()
	})
}

// Get waits for the result and returns it (the error of the call if it
// failed). If the calling cell is interrupted, it panics with
// hook.KeyboardInterrupt.
func (r *AsyncResult) Get() (any, error) {
	select {
	case <-r.done:
	case <-hook.Current().Done():
		panic(hook.KeyboardInterrupt)
	}
	return r.value, r.err
}

// getCancel is Get that drops the tasks not yet started if interrupted.
func (r *AsyncResult) getCancel() (any, error) {
	select {
	case <-r.done:
	case <-hook.Current().Done():
		if r.cancelFn != nil {
			r.cancelFn(true)
		}
		r.set(nil, ErrCancelled)
		panic(hook.KeyboardInterrupt)
	}
	return r.value, r.err
}

// ErrTimeout is returned by GetTimeout when the result is not ready in
// time (Python's multiprocessing.TimeoutError).
var ErrTimeout = errors.New("multiprocessing.TimeoutError")

// ErrCancelled is the error of a result canceled before it ran.
var ErrCancelled = errors.New("CancelledError")

// GetTimeout is Get waiting at most d; it returns ErrTimeout after that.
func (r *AsyncResult) GetTimeout(d time.Duration) (any, error) {
	if !r.WaitTimeout(d) {
		return nil, ErrTimeout
	}
	return r.value, r.err
}

// Wait waits for the result to be ready.
func (r *AsyncResult) Wait() { r.Get() }

// WaitTimeout waits at most d and reports whether the result is ready.
func (r *AsyncResult) WaitTimeout(d time.Duration) bool {
	// A ready result is ready whatever d is (a select would choose at
	// random between it and an expired timer).
	if r.Ready() {
		return true
	}
	t := time.NewTimer(max(d, 0))
	defer t.Stop()
	select {
	case <-r.done:
		return true
	case <-t.C:
		return false
	case <-hook.Current().Done():
		panic(hook.KeyboardInterrupt)
	}
}

// Ready reports whether the result is ready.
func (r *AsyncResult) Ready() bool {
	select {
	case <-r.done:
		return true
	default:
		return false
	}
}

// Successful reports whether the call completed without error; it panics
// if the result is not ready, with Python's message: "ValueError:
// <multiprocessing.pool.ApplyResult object at 0xc000123456> not ready" (a
// MapResult for MapAsync and StarmapAsync).
func (r *AsyncResult) Successful() bool {
	if !r.Ready() {
		class := r.class
		if class == "" {
			class = "ApplyResult"
		}
		panic(fmt.Errorf("ValueError: <multiprocessing.pool.%s object at %p> not ready", class, r))
	}
	return r.err == nil
}

// Done returns a channel closed when the result is ready.
func (r *AsyncResult) Done() <-chan struct{} { return r.done }

// AddDoneCallback calls fn with the value and error once the result is
// ready (at once if it is), from the goroutine that completes it, before
// Get, Wait and Ready report the result: as CPython calls the callback of
// map_async and apply_async, a callback that collects the results has
// collected them when Wait returns. Like CPython's, a callback must not
// wait for its own result.
func (r *AsyncResult) AddDoneCallback(fn func(value any, err error)) {
	r.mu.Lock()
	select {
	case <-r.done:
		r.mu.Unlock()
		fn(r.value, r.err)
		return
	default:
	}
	r.callbacks = append(r.callbacks, fn)
	r.mu.Unlock()
}

// Cancel cancels the call if no worker has started it: the result is then
// complete with ErrCancelled. It reports whether the result is canceled
// (false for a call running or done).
func (r *AsyncResult) Cancel() bool {
	r.mu.Lock()
	set := r.isSet
	r.mu.Unlock()
	if set { // ready, or running its callbacks (which may cancel it)
		return r.err == ErrCancelled
	}
	if r.cancelFn != nil && !r.cancelFn(false) {
		return false
	}
	r.set(nil, ErrCancelled)
	return r.err == ErrCancelled
}

// IMapIterator yields the results of Imap and ImapUnordered:
//
//	it := pool.Imap(square, xs)
//	for it.Next() {
//		v, err := it.Value(), it.Err()
//		...
//	}
type IMapIterator struct {
	mu       sync.Mutex
	ordered  bool
	n        int // results expected
	taken    int // results returned
	next     int // ordered: index of the next result
	ready    map[int]imapItem
	order    []int // unordered: indexes in completion order
	wake     chan struct{}
	cur      imapItem
	cancelFn func()
	endOnErr bool // chunked: the first error ends the iteration
}

type imapItem struct {
	v   any
	err error
}

func (it *IMapIterator) deliver(i int, v any, err error) {
	it.mu.Lock()
	if _, dup := it.ready[i]; !dup {
		it.ready[i] = imapItem{v, err}
		it.order = append(it.order, i)
	}
	it.mu.Unlock()
	select {
	case it.wake <- struct{}{}:
	default:
	}
}

// chunked returns the deliver function of an Imap in chunks of size: it
// holds a chunk's results until the chunk is complete, then delivers them,
// or, if a call of the chunk failed, its error alone, in place of the
// chunk's first result (CPython yields a chunk whole, or its exception).
func (it *IMapIterator) chunked(size int) func(i int, v any, err error) {
	var mu sync.Mutex
	pending := map[int][]imapItem{} // by chunk start
	got := map[int]int{}
	return func(i int, v any, err error) {
		start := i - i%size
		n := min(size, it.n-start)
		mu.Lock()
		if pending[start] == nil {
			pending[start] = make([]imapItem, n)
		}
		pending[start][i-start] = imapItem{v, err}
		got[start]++
		if got[start] < n {
			mu.Unlock()
			return
		}
		items := pending[start]
		delete(pending, start)
		delete(got, start)
		mu.Unlock()
		for _, x := range items {
			if x.err != nil {
				it.deliver(start, nil, x.err)
				return
			}
		}
		for j, x := range items {
			it.deliver(start+j, x.v, nil)
		}
	}
}

// Next waits for the next result and reports whether there is one (false
// once every result was returned). If the calling cell is interrupted, the
// calls not yet started are dropped and Next panics with
// hook.KeyboardInterrupt.
func (it *IMapIterator) Next() bool {
	ok, _ := it.wait(nil)
	return ok
}

// NextTimeout is Next waiting at most d for the next result (Python's
// it.next(timeout=d)): it returns ErrTimeout if no result is ready by then
// (the iterator stays where it was: a later call may get that result), and
// false, nil once every result was returned (StopIteration).
func (it *IMapIterator) NextTimeout(d time.Duration) (bool, error) {
	t := time.NewTimer(max(d, 0))
	defer t.Stop()
	return it.wait(t.C)
}

// wait waits for the next result, or for timeout (nil: none).
func (it *IMapIterator) wait(timeout <-chan time.Time) (bool, error) {
	for {
		it.mu.Lock()
		if it.taken >= it.n {
			it.mu.Unlock()
			return false, nil
		}
		idx := -1
		if it.ordered {
			if _, ok := it.ready[it.next]; ok {
				idx = it.next
				it.next++
			}
		} else if len(it.order) > 0 {
			idx = it.order[0]
			it.order = it.order[1:]
		}
		if idx >= 0 {
			it.cur = it.ready[idx]
			delete(it.ready, idx)
			it.taken++
			if it.cur.err != nil && it.endOnErr {
				it.taken = it.n // the chunk failed: the iteration ends
			}
			it.mu.Unlock()
			return true, nil
		}
		it.mu.Unlock()
		select {
		case <-it.wake:
		case <-timeout:
			return false, ErrTimeout
		case <-hook.Current().Done():
			if it.cancelFn != nil {
				it.cancelFn()
			}
			panic(hook.KeyboardInterrupt)
		}
	}
}

// Value returns the current result.
func (it *IMapIterator) Value() any { return it.cur.v }

// Err returns the error of the current result, if its call failed.
func (it *IMapIterator) Err() error { return it.cur.err }

// runPool is a pool worker's loop: run each task sent, answer with its
// results, until told to stop.
func runPool(p *peer, ctl chan frame, lookup func(string) (any, error)) int {
	funcs := map[string]reflect.Value{}
	for {
		var f frame
		select {
		case f = <-ctl:
		case <-p.closed:
			return 0
		}
		if f.op == opStop {
			return 0
		}
		if f.op != opTask {
			continue
		}
		r := &rbuf{b: f.body}
		id, target, n := r.uvarint(), r.str(), int(r.uvarint())
		calls := make([][][]byte, 0, n)
		for i := 0; i < n && r.err == nil; i++ {
			calls = append(calls, r.items())
		}
		fn, ok := funcs[target]
		var lookErr error
		if !ok {
			fn, lookErr = lookupFunc(lookup, target)
			if lookErr == nil {
				funcs[target] = fn
			}
		}
		w := &wbuf{}
		w.uvarint(id)
		w.uvarint(uint64(len(calls)))
		var failSt byte
		var failed []byte // the chunk's failure: Python's chunk stops there
		for _, args := range calls {
			if lookErr != nil {
				w.byte1(stError)
				w.str(lookErr.Error())
				continue
			}
			if failed != nil {
				w.byte1(failSt)
				w.bytes(failed)
				continue
			}
			res, err := callTarget(fn, target, args)
			var tp *targetPanic
			if errors.As(err, &tp) {
				// os.Exit(n) in an interpreted task (a notebook's
				// worker) unwinds as a panic that knows its code; in
				// a compiled one it ends the worker: so here too.
				if e, ok := tp.value.(interface{ ExitCode() int }); ok {
					return e.ExitCode()
				}
			}
			st, b := encodeResult(res, err)
			if st != stOK {
				failSt, failed = st, append([]byte{}, b...)
			}
			w.byte1(st)
			w.bytes(b)
		}
		err := p.send(opResult, w.b, true)
		var big *errTooLarge
		if errors.As(err, &big) {
			// The results cannot reach the parent: each call fails.
			w = &wbuf{}
			w.uvarint(id)
			w.uvarint(uint64(len(calls)))
			for range calls {
				w.byte1(stError)
				w.str(big.Error())
			}
			err = p.send(opResult, w.b, true)
		}
		if err != nil {
			return 1
		}
	}
}

// tracebackSep separates the message of a panic in a Pool worker from its
// stack in a result.
const tracebackSep = "\x00traceback\x00"

// encodeResult encodes what a target returned: nothing (nil), a value, a
// value and an error, or several values (a []any).
func encodeResult(res []reflect.Value, err error) (byte, []byte) {
	var tp *targetPanic
	if errors.As(err, &tp) && !hook.IsInterrupt(tp.value) {
		// The function's own message, as Python's Pool raises the worker's
		// exception, and its stack as the RemoteTraceback.
		return stError, []byte(tp.message() + tracebackSep + tp.stack)
	}
	if err != nil {
		return stError, []byte(err.Error())
	}
	if n := len(res); n > 0 && res[n-1].Type() == errorType {
		if !res[n-1].IsNil() {
			return stError, []byte(res[n-1].Interface().(error).Error())
		}
		res = res[:n-1]
	}
	var v any
	switch len(res) {
	case 0:
	case 1:
		v = res[0].Interface()
	default:
		list := make([]any, len(res))
		for i, r := range res {
			list[i] = r.Interface()
		}
		v = list
	}
	b, err := encodeValue(v)
	if err != nil {
		return stError, []byte(fmt.Sprintf("multiprocessing: cannot send the result (%s) back: %v", typeString(typeOf(v)), err))
	}
	return stOK, b
}
