package queue

import (
	"strconv"
	"time"
)

// Queue is a first-in, first-out queue for passing items between threads,
// as Python's queue.Queue. The zero value is an unbounded queue ready to
// use; set Maxsize (or use [New]) for a bounded one.
type Queue struct {
	// Maxsize bounds the number of items: Put waits while the queue holds
	// Maxsize items. Zero or negative means unbounded. Set it before use.
	Maxsize int
	// Name names the queue in traces; empty means "Queue#N".
	Name string

	c core
}

// New returns a FIFO queue holding at most maxsize items (Python's
// Queue(maxsize)); maxsize <= 0 means unbounded.
func New(maxsize int) *Queue { return &Queue{Maxsize: maxsize} }

// Put puts item into the queue, waiting for a free slot if the queue is
// bounded and full (Python's put(item)). On a shut-down queue it panics with
// ErrShutDown, as Python raises ShutDown.
func (q *Queue) Put(item any) {
	if err := q.c.put(fifo, q.Maxsize, item, -1, q.label); err != nil {
		panic(err)
	}
}

// PutTimeout puts item, waiting at most d for a free slot; it returns
// ErrFull if none came, ErrShutDown if the queue is shut down. A negative d
// panics with Python's ValueError on a bounded queue (an unbounded one never
// waits).
func (q *Queue) PutTimeout(item any, d time.Duration) error {
	if q.Maxsize > 0 {
		checkTimeout(d)
	}
	return q.c.put(fifo, q.Maxsize, item, max(d, 0), q.label)
}

// PutNowait puts item if a slot is free at once, else returns ErrFull
// (Python's put_nowait).
func (q *Queue) PutNowait(item any) error { return q.c.put(fifo, q.Maxsize, item, 0, q.label) }

// Get removes and returns the next item, waiting until one is available
// (Python's get()). On a shut-down queue that is empty it panics with
// ErrShutDown.
func (q *Queue) Get() any {
	item, err := q.c.get(fifo, -1, q.label)
	if err != nil {
		panic(err)
	}
	return item
}

// GetTimeout removes and returns the next item, waiting at most d; it
// returns ErrEmpty if none came, ErrShutDown if the queue is shut down and
// empty. A negative d panics with Python's ValueError.
func (q *Queue) GetTimeout(d time.Duration) (any, error) {
	checkTimeout(d)
	return q.c.get(fifo, max(d, 0), q.label)
}

// GetNowait removes and returns the next item if one is available at once,
// else returns ErrEmpty (Python's get_nowait).
func (q *Queue) GetNowait() (any, error) { return q.c.get(fifo, 0, q.label) }

// TaskDone tells the queue that an item got earlier has been processed
// (Python's task_done). Calling it more times than items were put panics
// with "ValueError: task_done() called too many times".
func (q *Queue) TaskDone() { q.c.taskDone(q.label) }

// Join blocks until every item put has been got and marked with TaskDone.
func (q *Queue) Join() { q.c.join(q.label) }

// Qsize returns the number of items in the queue.
func (q *Queue) Qsize() int { return q.c.qsize() }

// Empty reports whether the queue has no items.
func (q *Queue) Empty() bool { return q.c.qsize() == 0 }

// Full reports whether the queue is bounded and has Maxsize items.
func (q *Queue) Full() bool { return full(q.Maxsize, q.c.qsize()) }

// UnfinishedTasks returns the number of items put and not yet marked with
// TaskDone (Python's unfinished_tasks attribute).
func (q *Queue) UnfinishedTasks() int { return q.c.unfinishedTasks() }

// Shutdown shuts the queue down (Python 3.13's shutdown): puts fail with
// ErrShutDown, gets fail once the queue is empty, and every blocked Put and
// Get returns. With immediate, the items left are dropped (and count as
// done for Join) and blocked gets return at once.
func (q *Queue) Shutdown(immediate bool) { q.c.shutdownQueue(fifo, immediate) }

// String returns e.g. "<Queue#1 qsize=3>".
func (q *Queue) String() string { return "<" + q.label() + " qsize=" + strconv.Itoa(q.Qsize()) + ">" }

func (q *Queue) label() string { return q.c.lbl.Label("Queue", q.Name, &q.c.id) }

// LifoQueue is a last-in, first-out queue (a stack), as Python's
// queue.LifoQueue. The zero value is an unbounded queue ready to use.
type LifoQueue struct {
	// Maxsize bounds the number of items; zero or negative means unbounded.
	Maxsize int
	// Name names the queue in traces; empty means "LifoQueue#N".
	Name string

	c core
}

// NewLifoQueue returns a LIFO queue holding at most maxsize items
// (Python's LifoQueue(maxsize)); maxsize <= 0 means unbounded.
func NewLifoQueue(maxsize int) *LifoQueue { return &LifoQueue{Maxsize: maxsize} }

// Put puts item into the queue, waiting for a free slot if the queue is
// bounded and full (Python's put(item)). On a shut-down queue it panics with
// ErrShutDown, as Python raises ShutDown.
func (q *LifoQueue) Put(item any) {
	if err := q.c.put(lifo, q.Maxsize, item, -1, q.label); err != nil {
		panic(err)
	}
}

// PutTimeout puts item, waiting at most d for a free slot; it returns
// ErrFull if none came, ErrShutDown if the queue is shut down. A negative d
// panics with Python's ValueError on a bounded queue (an unbounded one never
// waits).
func (q *LifoQueue) PutTimeout(item any, d time.Duration) error {
	if q.Maxsize > 0 {
		checkTimeout(d)
	}
	return q.c.put(lifo, q.Maxsize, item, max(d, 0), q.label)
}

// PutNowait puts item if a slot is free at once, else returns ErrFull
// (Python's put_nowait).
func (q *LifoQueue) PutNowait(item any) error { return q.c.put(lifo, q.Maxsize, item, 0, q.label) }

// Get removes and returns the next item, waiting until one is available
// (Python's get()). On a shut-down queue that is empty it panics with
// ErrShutDown.
func (q *LifoQueue) Get() any {
	item, err := q.c.get(lifo, -1, q.label)
	if err != nil {
		panic(err)
	}
	return item
}

// GetTimeout removes and returns the next item, waiting at most d; it
// returns ErrEmpty if none came, ErrShutDown if the queue is shut down and
// empty. A negative d panics with Python's ValueError.
func (q *LifoQueue) GetTimeout(d time.Duration) (any, error) {
	checkTimeout(d)
	return q.c.get(lifo, max(d, 0), q.label)
}

// GetNowait removes and returns the next item if one is available at once,
// else returns ErrEmpty (Python's get_nowait).
func (q *LifoQueue) GetNowait() (any, error) { return q.c.get(lifo, 0, q.label) }

// TaskDone tells the queue that an item got earlier has been processed
// (Python's task_done). Calling it more times than items were put panics
// with "ValueError: task_done() called too many times".
func (q *LifoQueue) TaskDone() { q.c.taskDone(q.label) }

// Join blocks until every item put has been got and marked with TaskDone.
func (q *LifoQueue) Join() { q.c.join(q.label) }

// Qsize returns the number of items in the queue.
func (q *LifoQueue) Qsize() int { return q.c.qsize() }

// Empty reports whether the queue has no items.
func (q *LifoQueue) Empty() bool { return q.c.qsize() == 0 }

// Full reports whether the queue is bounded and has Maxsize items.
func (q *LifoQueue) Full() bool { return full(q.Maxsize, q.c.qsize()) }

// UnfinishedTasks returns the number of items put and not yet marked with
// TaskDone (Python's unfinished_tasks attribute).
func (q *LifoQueue) UnfinishedTasks() int { return q.c.unfinishedTasks() }

// Shutdown shuts the queue down (Python 3.13's shutdown): puts fail with
// ErrShutDown, gets fail once the queue is empty, and every blocked Put and
// Get returns. With immediate, the items left are dropped (and count as
// done for Join) and blocked gets return at once.
func (q *LifoQueue) Shutdown(immediate bool) { q.c.shutdownQueue(lifo, immediate) }

// String returns e.g. "<LifoQueue#1 qsize=3>".
func (q *LifoQueue) String() string {
	return "<" + q.label() + " qsize=" + strconv.Itoa(q.Qsize()) + ">"
}

func (q *LifoQueue) label() string { return q.c.lbl.Label("LifoQueue", q.Name, &q.c.id) }

// PriorityQueue is a queue that returns its smallest item first, as
// Python's queue.PriorityQueue. Items may be numbers (of any Go numeric
// type, compared by value), strings, [Item] values (the Go form of Python's
// (priority, item) tuples: ordered by Priority, then by Value where values
// can be ordered), or []any tuples compared as Python compares tuples: the
// first elements that are not equal decide, so equal elements need not be
// orderable ((1, nil) and (1, nil) are equal, not a TypeError). Items that
// compare equal (2 and 2.0) come out in the order CPython's heap gives
// them, which is not always the order they were put. Items that cannot be
// ordered against each other (a string and a number, a struct) make Put
// panic with Python's TypeError when it compares them (an item put in an
// empty queue is compared with nothing, as in Python); the Values of Items
// of equal priority
// need not be orderable (see [Item]).
// The zero value is an unbounded queue ready to use.
type PriorityQueue struct {
	// Maxsize bounds the number of items; zero or negative means unbounded.
	Maxsize int
	// Name names the queue in traces; empty means "PriorityQueue#N".
	Name string

	c core
}

// NewPriorityQueue returns a priority queue holding at most maxsize items
// (Python's PriorityQueue(maxsize)); maxsize <= 0 means unbounded.
func NewPriorityQueue(maxsize int) *PriorityQueue { return &PriorityQueue{Maxsize: maxsize} }

// Put puts item into the queue, waiting for a free slot if the queue is
// bounded and full (Python's put(item)). On a shut-down queue it panics with
// ErrShutDown, as Python raises ShutDown.
//
// An item that cannot be ordered panics with Python's TypeError, e.g.
// "TypeError: '<' not supported between instances of 'str' and 'int'".
// As in CPython, whose heappush appends the item before comparing it, the
// item stays in the queue all the same (Qsize counts it, not
// UnfinishedTasks), and a later Get that must compare it panics too.
func (q *PriorityQueue) Put(item any) {
	if err := q.c.put(prio, q.Maxsize, item, -1, q.label); err != nil {
		panic(err)
	}
}

// PutTimeout puts item, waiting at most d for a free slot; it returns
// ErrFull if none came, ErrShutDown if the queue is shut down. A negative d
// panics with Python's ValueError on a bounded queue (an unbounded one never
// waits).
func (q *PriorityQueue) PutTimeout(item any, d time.Duration) error {
	if q.Maxsize > 0 {
		checkTimeout(d)
	}
	return q.c.put(prio, q.Maxsize, item, max(d, 0), q.label)
}

// PutNowait puts item if a slot is free at once, else returns ErrFull
// (Python's put_nowait).
func (q *PriorityQueue) PutNowait(item any) error { return q.c.put(prio, q.Maxsize, item, 0, q.label) }

// Get removes and returns the next item, waiting until one is available
// (Python's get()). On a shut-down queue that is empty it panics with
// ErrShutDown.
func (q *PriorityQueue) Get() any {
	item, err := q.c.get(prio, -1, q.label)
	if err != nil {
		panic(err)
	}
	return item
}

// GetTimeout removes and returns the next item, waiting at most d; it
// returns ErrEmpty if none came, ErrShutDown if the queue is shut down and
// empty. A negative d panics with Python's ValueError.
func (q *PriorityQueue) GetTimeout(d time.Duration) (any, error) {
	checkTimeout(d)
	return q.c.get(prio, max(d, 0), q.label)
}

// GetNowait removes and returns the next item if one is available at once,
// else returns ErrEmpty (Python's get_nowait).
func (q *PriorityQueue) GetNowait() (any, error) { return q.c.get(prio, 0, q.label) }

// TaskDone tells the queue that an item got earlier has been processed
// (Python's task_done). Calling it more times than items were put panics
// with "ValueError: task_done() called too many times".
func (q *PriorityQueue) TaskDone() { q.c.taskDone(q.label) }

// Join blocks until every item put has been got and marked with TaskDone.
func (q *PriorityQueue) Join() { q.c.join(q.label) }

// Qsize returns the number of items in the queue.
func (q *PriorityQueue) Qsize() int { return q.c.qsize() }

// Empty reports whether the queue has no items.
func (q *PriorityQueue) Empty() bool { return q.c.qsize() == 0 }

// Full reports whether the queue is bounded and has Maxsize items.
func (q *PriorityQueue) Full() bool { return full(q.Maxsize, q.c.qsize()) }

// UnfinishedTasks returns the number of items put and not yet marked with
// TaskDone (Python's unfinished_tasks attribute).
func (q *PriorityQueue) UnfinishedTasks() int { return q.c.unfinishedTasks() }

// Shutdown shuts the queue down (Python 3.13's shutdown): puts fail with
// ErrShutDown, gets fail once the queue is empty, and every blocked Put and
// Get returns. With immediate, the items left are dropped (and count as
// done for Join) and blocked gets return at once.
func (q *PriorityQueue) Shutdown(immediate bool) { q.c.shutdownQueue(prio, immediate) }

// String returns e.g. "<PriorityQueue#1 qsize=3>".
func (q *PriorityQueue) String() string {
	return "<" + q.label() + " qsize=" + strconv.Itoa(q.Qsize()) + ">"
}

func (q *PriorityQueue) label() string { return q.c.lbl.Label("PriorityQueue", q.Name, &q.c.id) }

// SimpleQueue is an unbounded FIFO queue without task tracking, as
// Python's queue.SimpleQueue. The zero value is ready to use.
type SimpleQueue struct {
	// Name names the queue in traces; empty means "SimpleQueue#N".
	Name string

	c core
}

// NewSimpleQueue returns an empty SimpleQueue.
func NewSimpleQueue() *SimpleQueue { return &SimpleQueue{} }

// Put puts item into the queue; it never blocks.
func (q *SimpleQueue) Put(item any) {
	if err := q.c.put(fifo, 0, item, -1, q.label); err != nil {
		panic(err)
	}
}

// PutNowait is Put (Python's put_nowait).
func (q *SimpleQueue) PutNowait(item any) error { return q.c.put(fifo, 0, item, 0, q.label) }

// Get removes and returns the next item, waiting until one is available.
func (q *SimpleQueue) Get() any {
	item, err := q.c.get(fifo, -1, q.label)
	if err != nil {
		panic(err)
	}
	return item
}

// GetTimeout removes and returns the next item, waiting at most d; it
// returns ErrEmpty if none came. A negative d panics with Python's
// ValueError.
func (q *SimpleQueue) GetTimeout(d time.Duration) (any, error) {
	checkTimeout(d)
	return q.c.get(fifo, max(d, 0), q.label)
}

// GetNowait removes and returns the next item if one is available at once,
// else returns ErrEmpty.
func (q *SimpleQueue) GetNowait() (any, error) { return q.c.get(fifo, 0, q.label) }

// Qsize returns the number of items in the queue.
func (q *SimpleQueue) Qsize() int { return q.c.qsize() }

// Empty reports whether the queue has no items.
func (q *SimpleQueue) Empty() bool { return q.c.qsize() == 0 }

// String returns e.g. "<SimpleQueue#1 qsize=3>".
func (q *SimpleQueue) String() string {
	return "<" + q.label() + " qsize=" + strconv.Itoa(q.Qsize()) + ">"
}

func (q *SimpleQueue) label() string { return q.c.lbl.Label("SimpleQueue", q.Name, &q.c.id) }
