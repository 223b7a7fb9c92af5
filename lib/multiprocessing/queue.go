package multiprocessing

import (
	"fmt"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/queue"
)

// Errors of the non-blocking and timed queue calls, Python's queue.Empty
// and queue.Full: the same values as lib/queue's.
var (
	ErrEmpty = queue.ErrEmpty
	ErrFull  = queue.ErrFull
)

// Queue methods.
const (
	qPut byte = 1 + iota
	qGet
	qSize
	qTaskDone
	qJoin
)

// queueImpl is a FIFO of encoded items with an optional capacity and
// JoinableQueue's count of unfinished tasks.
type queueImpl struct {
	mu         sync.Mutex
	items      [][]byte
	head       int
	maxsize    int
	getters    waitList
	putters    waitList // w.val is the item to put
	unfinished int
	joiners    waitList
	eof        bool // Pipe: the sending end was closed
}

func newQueueImpl(maxsize int) *queueImpl { return &queueImpl{maxsize: maxsize} }

func (q *queueImpl) len() int { return len(q.items) - q.head }

func (q *queueImpl) push(item []byte) {
	if q.head > 32 && q.head*2 > len(q.items) {
		n := copy(q.items, q.items[q.head:])
		clear(q.items[n:])
		q.items = q.items[:n]
		q.head = 0
	}
	q.items = append(q.items, item)
}

func (q *queueImpl) shift() []byte {
	item := q.items[q.head]
	q.items[q.head] = nil
	q.head++
	if q.head == len(q.items) {
		q.items, q.head = q.items[:0], 0
	}
	return item
}

// put adds item; it blocks while the queue is full.
func (q *queueImpl) put(ctx *callCtx, item []byte, timeout time.Duration) byte {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.maxsize > 0 && q.len() >= q.maxsize {
		if timeout == 0 {
			return stTimeout
		}
		w := newWaiter(ctx.who)
		w.val = item
		q.putters.push(w)
		switch park(&q.mu, &q.putters, w, ctx, timeout) {
		case canceled:
			return stCanceled
		case timedOut:
			return stTimeout
		}
		return stOK // a getter moved our item in
	}
	q.unfinished++
	if g := q.getters.pop(); g != nil {
		g.wake(stOK, item)
		return stOK
	}
	q.push(item)
	return stOK
}

// get removes and returns the first item; it blocks while the queue is
// empty (stEOF: empty and the sender closed, for pipes).
func (q *queueImpl) get(ctx *callCtx, timeout time.Duration) (byte, []byte) {
	q.mu.Lock()
	defer q.mu.Unlock()
	if q.len() == 0 {
		if q.eof {
			return stEOF, nil
		}
		if timeout == 0 {
			return stTimeout, nil
		}
		w := newWaiter(ctx.who)
		q.getters.push(w)
		switch park(&q.mu, &q.getters, w, ctx, timeout) {
		case canceled:
			return stCanceled, nil
		case timedOut:
			return stTimeout, nil
		}
		return w.st, w.val
	}
	item := q.shift()
	if p := q.putters.pop(); p != nil {
		q.unfinished++
		q.push(p.val)
		p.wake(stOK, nil)
	}
	return stOK, item
}

// poll waits until an item (or EOF) is there, without taking it.
func (q *queueImpl) poll(ctx *callCtx, timeout time.Duration) byte {
	deadline := time.Now().Add(timeout)
	for {
		q.mu.Lock()
		ready := q.len() > 0 || q.eof
		q.mu.Unlock()
		if ready {
			return stOK
		}
		if timeout == 0 {
			return stTimeout
		}
		// Pipes are polled rarely: a short sleep loop keeps the queue
		// simple (no non-consuming waiters).
		d := time.Millisecond
		if timeout > 0 {
			left := time.Until(deadline)
			if left <= 0 {
				return stTimeout
			}
			d = min(d, left)
		}
		select {
		case <-ctx.cancel:
			return stCanceled
		case <-time.After(d):
		}
	}
}

func (q *queueImpl) setEOF() {
	q.mu.Lock()
	defer q.mu.Unlock()
	q.eof = true
	for g := q.getters.pop(); g != nil; g = q.getters.pop() {
		g.wake(stEOF, nil)
	}
}

func (q *queueImpl) call(ctx *callCtx, method byte, r *rbuf) (byte, []byte) {
	switch method {
	case qPut:
		timeout := readTimeout(r)
		item := r.bytes()
		if r.err != nil {
			return stError, []byte(r.err.Error())
		}
		return q.put(ctx, item, timeout), nil
	case qGet:
		return q.get(ctx, readTimeout(r))
	case qSize:
		q.mu.Lock()
		n := q.len()
		q.mu.Unlock()
		w := &wbuf{}
		w.varint(int64(n))
		return stOK, w.b
	case qTaskDone:
		q.mu.Lock()
		defer q.mu.Unlock()
		if q.unfinished <= 0 {
			return stPanic, []byte("ValueError: task_done() called too many times")
		}
		q.unfinished--
		if q.unfinished == 0 {
			for j := q.joiners.pop(); j != nil; j = q.joiners.pop() {
				j.wake(stOK, nil)
			}
		}
		return stOK, nil
	case qJoin:
		timeout := readTimeout(r)
		q.mu.Lock()
		defer q.mu.Unlock()
		if q.unfinished == 0 {
			return stOK, nil
		}
		w := newWaiter(ctx.who)
		q.joiners.push(w)
		switch park(&q.mu, &q.joiners, w, ctx, timeout) {
		case canceled:
			return stCanceled, nil
		case timedOut:
			return stTimeout, nil
		}
		return stOK, nil
	}
	return stError, []byte(fmt.Sprintf("multiprocessing: unknown queue method %d", method))
}

// Queue is a FIFO queue shared by processes, like Python's
// multiprocessing.Queue. Items are copied (serialised) when put, so
// changing a value after putting it does not change the item.
//
// The zero value is an unbounded queue; set Maxsize before first use, or
// use [NewQueue]. Pass the *Queue to a child in its Args: both then use the
// same queue, which lives in the process that created it.
type Queue struct {
	// Maxsize is the capacity; 0 or less means unbounded.
	Maxsize int

	ref    lazyRef
	closed atomic.Bool
	// joinable marks the Queue of a JoinableQueue made by NewJoinableQueue
	// or received by a child, whose messages show Python's class name.
	joinable bool
}

// NewQueue returns a queue with capacity maxsize (Python's
// Queue(maxsize=0)): no argument, or 0 or less, means unbounded.
func NewQueue(maxsize ...int) *Queue {
	q := &Queue{}
	if len(maxsize) > 0 {
		q.Maxsize = maxsize[0]
	}
	q.objref()
	return q
}

func (q *Queue) objref() *objRef {
	return q.ref.get(func() *objRef {
		w := &wbuf{}
		w.varint(int64(q.Maxsize))
		return localRef(newQueueImpl(q.Maxsize), w.b)
	})
}

// setQueue makes q a handle to the queue of ref.
func setQueue(q *Queue, ref *objRef) {
	r := &rbuf{b: ref.extra}
	q.Maxsize = int(r.varint())
	q.ref.set(ref)
}

// closedError is the error of a Put or Get through a closed handle, with
// Python's message: "ValueError: Queue <multiprocessing.queues.Queue object
// at 0xc000123450> is closed".
func (q *Queue) closedError() error {
	return fmt.Errorf("ValueError: Queue %s is closed", q.repr())
}

// repr is Python's repr of the queue: a JoinableQueue's shows its class.
func (q *Queue) repr() string {
	if q.joinable {
		return fmt.Sprintf("<multiprocessing.queues.JoinableQueue object at %p>", q)
	}
	return q.String()
}

// Put puts v in the queue, waiting while the queue is full. It fails when v
// cannot be sent to another process (a func, a channel...). In a child, a
// Put on an unbounded queue does not wait for the owner: the item is sent
// in the background and always delivered before the child ends.
func (q *Queue) Put(v any) error { return q.put(v, -1) }

// PutTimeout is Put waiting at most d for room; it returns ErrFull after
// that.
func (q *Queue) PutTimeout(v any, d time.Duration) error { return q.put(v, max(d, 0)) }

// PutNowait puts v if there is room at once, else returns ErrFull.
func (q *Queue) PutNowait(v any) error { return q.put(v, 0) }

func (q *Queue) put(v any, timeout time.Duration) error {
	if q.closed.Load() {
		return q.closedError()
	}
	item, err := encodeValue(v)
	if err != nil {
		return fmt.Errorf("multiprocessing: cannot put %s in a Queue: %w", typeString(typeOf(v)), err)
	}
	r := q.objref()
	w := &wbuf{b: make([]byte, 0, len(item)+12)}
	timeoutArg(w, timeout)
	w.bytes(item)
	if r.local == nil && q.Maxsize <= 0 {
		return r.cast(qPut, w.b)
	}
	st, res := r.call(qPut, w.b)
	if st == stTimeout {
		return ErrFull
	}
	return statusError(st, res)
}

// Get removes and returns the first item, waiting for one if the queue is
// empty. If the calling cell is interrupted, it panics with
// hook.KeyboardInterrupt.
func (q *Queue) Get() any {
	v, err := q.get(-1)
	if err != nil {
		panic(err)
	}
	return v
}

// GetTimeout is Get waiting at most d; it returns ErrEmpty after that.
func (q *Queue) GetTimeout(d time.Duration) (any, error) { return q.get(max(d, 0)) }

// GetNowait returns the first item if there is one, else ErrEmpty.
func (q *Queue) GetNowait() (any, error) { return q.get(0) }

func (q *Queue) get(timeout time.Duration) (any, error) {
	if q.closed.Load() {
		return nil, q.closedError()
	}
	w := &wbuf{}
	timeoutArg(w, timeout)
	st, res := q.objref().call(qGet, w.b)
	switch st {
	case stOK:
		v, err := decodeValue(res)
		if err != nil {
			return nil, fmt.Errorf("multiprocessing: cannot receive a queue item: %w", err)
		}
		return v, nil
	case stTimeout:
		return nil, ErrEmpty
	}
	return nil, statusError(st, res)
}

// Qsize returns the approximate number of items in the queue.
func (q *Queue) Qsize() int {
	st, res := q.objref().call(qSize, nil)
	if st != stOK {
		panic(statusError(st, res))
	}
	r := &rbuf{b: res}
	return int(r.varint())
}

// Empty reports whether the queue is (approximately) empty.
func (q *Queue) Empty() bool { return q.Qsize() == 0 }

// Full reports whether the queue is (approximately) full.
func (q *Queue) Full() bool { return q.Maxsize > 0 && q.Qsize() >= q.Maxsize }

// Close says this process will put no more items through this handle;
// Put and Get then fail. Other processes are not affected.
func (q *Queue) Close() { q.closed.Store(true) }

// JoinThread does nothing after Close: items are delivered without a
// feeder thread (kept for Python's join_thread). As in Python, it panics
// with "AssertionError: Queue <...> not closed" before Close.
func (q *Queue) JoinThread() {
	if !q.closed.Load() {
		panic(fmt.Errorf("AssertionError: Queue %s not closed", q.repr()))
	}
}

// CancelJoinThread does nothing (Python's cancel_join_thread).
func (q *Queue) CancelJoinThread() {}

// String returns a Python-like repr, e.g. <multiprocessing.queues.Queue object at 0xc000123450>.
func (q *Queue) String() string {
	return fmt.Sprintf("<multiprocessing.queues.Queue object at %p>", q)
}

// JoinableQueue is a Queue whose consumers report each item done with
// TaskDone, so that Join can wait until every item put has been processed.
// The zero value is an unbounded queue.
type JoinableQueue struct {
	Queue
}

// NewJoinableQueue returns a JoinableQueue with capacity maxsize (none:
// unbounded).
func NewJoinableQueue(maxsize ...int) *JoinableQueue {
	q := &JoinableQueue{}
	q.joinable = true
	if len(maxsize) > 0 {
		q.Maxsize = maxsize[0]
	}
	q.objref()
	return q
}

// TaskDone says that an item got earlier has been processed. Calling it
// more times than items were put panics ("ValueError: task_done() called
// too many times").
func (q *JoinableQueue) TaskDone() {
	st, res := q.objref().call(qTaskDone, nil)
	if err := statusError(st, res); err != nil {
		panic(err)
	}
}

// Join waits until every item put in the queue has been got and marked
// done with TaskDone. If the calling cell is interrupted, it panics with
// hook.KeyboardInterrupt.
func (q *JoinableQueue) Join() {
	w := &wbuf{}
	timeoutArg(w, -1)
	st, res := q.objref().call(qJoin, w.b)
	if err := statusError(st, res); err != nil {
		panic(err)
	}
}

// String returns a Python-like repr.
func (q *JoinableQueue) String() string {
	return fmt.Sprintf("<multiprocessing.queues.JoinableQueue object at %p>", q)
}

// SimpleQueue is an unbounded queue with only Put, Get and Empty, like
// Python's multiprocessing.SimpleQueue. The zero value is ready to use.
type SimpleQueue struct {
	q      Queue
	closed atomic.Bool
}

// NewSimpleQueue returns an empty SimpleQueue.
func NewSimpleQueue() *SimpleQueue {
	q := &SimpleQueue{}
	q.objref()
	return q
}

func (q *SimpleQueue) objref() *objRef { return q.q.objref() }

// Put puts v in the queue. Through a closed handle it returns Python's
// "OSError: handle is closed".
func (q *SimpleQueue) Put(v any) error {
	if q.closed.Load() {
		return errHandleClosed
	}
	return q.q.Put(v)
}

// Get removes and returns the first item, waiting for one. Through a
// closed handle it panics with Python's "OSError: handle is closed".
func (q *SimpleQueue) Get() any {
	q.mustOpen()
	return q.q.Get()
}

// Empty reports whether the queue is empty (it panics as Get through a
// closed handle).
func (q *SimpleQueue) Empty() bool {
	q.mustOpen()
	return q.q.Empty()
}

func (q *SimpleQueue) mustOpen() {
	if q.closed.Load() {
		panic(errHandleClosed)
	}
}

// Close closes this handle: Put, Get and Empty then fail with OSError, as
// CPython's SimpleQueue.close (closing twice is fine). Other processes are
// not affected.
func (q *SimpleQueue) Close() {
	q.closed.Store(true)
	q.q.Close()
}

// String returns a Python-like repr.
func (q *SimpleQueue) String() string {
	return fmt.Sprintf("<multiprocessing.queues.SimpleQueue object at %p>", q)
}

func init() {
	registerHandle(kQueue, (*Queue)(nil), func(r *objRef) (shareable, error) {
		q := &Queue{}
		setQueue(q, r)
		return q, nil
	})
	registerHandle(kJoinableQueue, (*JoinableQueue)(nil), func(r *objRef) (shareable, error) {
		q := &JoinableQueue{}
		q.joinable = true
		setQueue(&q.Queue, r)
		return q, nil
	})
	registerHandle(kSimpleQueue, (*SimpleQueue)(nil), func(r *objRef) (shareable, error) {
		q := &SimpleQueue{}
		setQueue(&q.q, r)
		return q, nil
	})
}
