package queue

import (
	"errors"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/trace"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

// Errors, with the names Python gives its exceptions.
var (
	// ErrEmpty is returned by a non-blocking or timed get from an empty
	// queue (Python's queue.Empty).
	ErrEmpty = errors.New("queue.Empty")
	// ErrFull is returned by a non-blocking or timed put to a full queue
	// (Python's queue.Full).
	ErrFull = errors.New("queue.Full")
	// ErrShutDown is returned (or, by Put and Get, panicked with) when the
	// queue has been shut down (Python's queue.ShutDown).
	ErrShutDown = errors.New("queue.ShutDown")
)

const (
	fifo = iota
	lifo
	prio
)

// core is the shared implementation: items in an order (FIFO ring, LIFO
// stack or heap), a bound, and waiters. A getter that must wait is handed
// the next item directly by a putter; a putter that must wait has its item
// moved into the queue by the getter that makes room. So a woken waiter has
// finished its operation and does not take the mutex again.
type core struct {
	mu sync.Mutex

	// FIFO ring / LIFO stack.
	buf  []any
	head int
	n    int
	// Priority heap.
	h   prioHeap
	seq int64 // numbers the items handed to getters and pushed on the heap
	// back holds, oldest first, the items that interrupted getters gave
	// back (FIFO and LIFO): they are older than every item in buf, which
	// was empty when they were handed over.
	back []backItem

	getters waits.List // waiting for an item (only while empty)
	putters waits.List // waiting for room (only while full); Val is the item
	joiners waits.List // waiting for unfinished == 0

	unfinished int64
	shutdown   bool
	immediate  bool // shut down with immediate: items are dropped, not kept
	id         atomic.Int64
	lbl        waits.LabelCache
}

// backItem is an item given back by an interrupted getter, with the
// sequence number it was handed over with.
type backItem struct {
	item any
	seq  int64
}

func (c *core) size() int { return c.n + len(c.h.items) + len(c.back) }

func full(maxsize, n int) bool { return maxsize > 0 && n >= maxsize }

// insert adds item in the queue's order. For a priority queue it may panic
// (items that cannot be compared); the item is then in the heap all the
// same, as in CPython.
func (c *core) insert(kind int, item any) {
	switch kind {
	case prio:
		c.seq++
		c.h.push(entry{item, c.seq})
	case lifo:
		if c.n == len(c.buf) {
			c.buf = append(c.buf, nil)
			c.buf = c.buf[:cap(c.buf)]
		}
		c.buf[c.n] = item
		c.n++
	default:
		if c.n == len(c.buf) {
			c.grow()
		}
		c.buf[(c.head+c.n)%len(c.buf)] = item
		c.n++
	}
}

// unget puts back the item an interrupted getter had been handed, with the
// sequence number it was handed over with, where Python's order puts it:
// on the heap by its own sequence (FIFO among equal priorities), or in
// back, which a FIFO queue takes before buf and a LIFO queue after.
func (c *core) unget(kind int, item any, seq int64) {
	if kind == prio {
		c.h.push(entry{item, seq})
		return
	}
	i := len(c.back)
	for i > 0 && c.back[i-1].seq > seq {
		i--
	}
	c.back = append(c.back, backItem{})
	copy(c.back[i+1:], c.back[i:])
	c.back[i] = backItem{item, seq}
}

func (c *core) grow() {
	nb := make([]any, max(8, 2*len(c.buf)))
	for i := 0; i < c.n; i++ {
		nb[i] = c.buf[(c.head+i)%len(c.buf)]
	}
	c.buf, c.head = nb, 0
}

func (c *core) remove(kind int) any {
	switch {
	case kind == prio:
		return c.h.pop()
	case len(c.back) > 0 && (kind == fifo || c.n == 0):
		// Given back by interrupted getters: older than buf's items.
		var b backItem
		if kind == fifo {
			b, c.back = c.back[0], c.back[1:]
		} else {
			b, c.back = c.back[len(c.back)-1], c.back[:len(c.back)-1]
		}
		if len(c.back) == 0 {
			c.back = nil
		}
		return b.item
	case kind == lifo:
		c.n--
		item := c.buf[c.n]
		c.buf[c.n] = nil
		return item
	default:
		item := c.buf[c.head]
		c.buf[c.head] = nil
		c.head = (c.head + 1) % len(c.buf)
		c.n--
		return item
	}
}

// deliver gives item to the first waiting getter, or inserts it. A handed
// item gets a sequence number (in Waiter.N), so that an interrupted getter
// can give it back in its place.
func (c *core) deliver(kind int, item any) {
	if w := c.getters.PopFront(); w != nil {
		c.seq++
		w.Val, w.Ok, w.N = item, true, c.seq
		w.Wake()
		return
	}
	c.insert(kind, item)
}

// put adds item, waiting for room as Python's put(block, timeout): d < 0
// waits forever, d == 0 does not wait.
func (c *core) put(kind, maxsize int, item any, d time.Duration, label func() string) error {
	c.mu.Lock()
	if c.shutdown {
		c.mu.Unlock()
		return ErrShutDown
	}
	if !full(maxsize, c.size()) {
		if kind == prio && c.getters.Len() == 0 {
			if p := c.insertSafe(kind, item); p != nil {
				c.mu.Unlock()
				panic(p)
			}
		} else {
			c.deliver(kind, item)
		}
		c.unfinished++
		c.mu.Unlock()
		if trace.On() {
			waits.Emit(trace.QueuePut, label(), item)
		}
		return nil
	}
	if d == 0 {
		c.mu.Unlock()
		return ErrFull
	}
	_, err := c.wait(kind, false, item, d, label)
	return err
}

// rejected marks (in Waiter.N) a waiting putter whose item could not be
// inserted; Waiter.Val then holds the panic value.
const rejected = 1

// removeSafe is remove, returning its panic value instead of panicking.
func (c *core) removeSafe(kind int) (item, p any) {
	defer func() {
		if r := recover(); r != nil {
			p = r
		}
	}()
	return c.remove(kind), nil
}

// insertSafe is insert, returning its panic value instead of panicking.
func (c *core) insertSafe(kind int, item any) (p any) {
	defer func() { p = recover() }()
	c.insert(kind, item)
	return nil
}

// park waits for w's wake-up, registering untimed waits with the deadlock
// watcher.
func (c *core) park(w *waits.Waiter, d time.Duration, scope *hook.Scope) int {
	timeout, stop := waits.Timer(d)
	defer stop()
	if d < 0 {
		w.Rec = waits.Rec{G: hook.ThreadID(), Scope: scope}
		waits.Block(&w.Rec)
		defer waits.Unblock(&w.Rec)
	}
	return w.Park(scope.Done(), timeout)
}

// get removes and returns an item, waiting as Python's get(block, timeout).
func (c *core) get(kind int, d time.Duration, label func() string) (any, error) {
	c.mu.Lock()
	if c.size() > 0 {
		item, p := c.removeSafe(kind)
		if p != nil {
			// A priority queue holding items that cannot be compared
			// (put refused one, leaving it in the heap, as CPython does):
			// the get raises Python's TypeError.
			c.mu.Unlock()
			panic(p)
		}
		// Room was made: the first waiting putter's item goes in. A putter
		// whose item cannot be ordered with the queue's (a priority queue
		// of ints and a string) fails with that error, as its put would
		// have in Python; its item takes the room all the same, as in
		// CPython, where it is in the heap.
		for w := c.putters.PopFront(); w != nil; w = c.putters.PopFront() {
			if p := c.insertSafe(kind, w.Val); p != nil {
				w.Val, w.N = p, rejected
				w.Wake()
				break
			}
			c.unfinished++
			w.Ok = true
			w.Wake()
			break
		}
		c.mu.Unlock()
		if trace.On() {
			waits.Emit(trace.QueueGet, label(), item)
		}
		return item, nil
	}
	if c.shutdown {
		c.mu.Unlock()
		return nil, ErrShutDown
	}
	if d == 0 {
		c.mu.Unlock()
		return nil, ErrEmpty
	}
	return c.wait(kind, true, nil, d, label)
}

// wait is the slow path of put (getter false; item is the item to put) and
// of get (getter true), entered with c.mu held, which it releases. The caller
// waits in line until a getter makes room for its item and moves it in, or
// a putter hands it an item, for at most d (d < 0: no timeout; the wait is
// then registered with the deadlock watcher). A caller still in line when
// the time is up gives up with ErrFull or ErrEmpty; one still in line when
// the cell is interrupted panics with hook.KeyboardInterrupt. One that was
// served meanwhile finishes as served, except that an interrupted getter
// gives its item back (to the next getter, or to the front) and panics; an
// interrupted putter whose item went in panics after the put. Shutdown ends
// the wait with ErrShutDown. It returns the item got (or put).
func (c *core) wait(kind int, getter bool, item any, d time.Duration, label func() string) (any, error) {
	l, errGaveUp, served := &c.putters, ErrFull, trace.QueuePut
	if getter {
		l, errGaveUp, served = &c.getters, ErrEmpty, trace.QueueGet
	}
	scope := hook.Current()
	w := waits.Get()
	defer waits.Put(w)
	w.Val = item
	l.PushBack(w)
	c.mu.Unlock()
	if trace.On() {
		waits.Emit(trace.QueueWait, label(), nil)
	}
	r := c.park(w, d, scope)
	if r != waits.Woken {
		c.mu.Lock()
		if l.Remove(w) {
			c.mu.Unlock()
			if trace.On() {
				waits.Emit(trace.WaitDone, label(), nil)
			}
			if r == waits.Interrupted {
				panic(hook.KeyboardInterrupt)
			}
			return nil, errGaveUp
		}
		if getter && r == waits.Interrupted {
			w.Drain()
			if w.Ok {
				// Give the item back: to the next getter, or to the queue
				// in its place; after an immediate shutdown it is dropped
				// with the queue's other items.
				switch g := c.getters.PopFront(); {
				case g != nil:
					g.Val, g.Ok, g.N = w.Val, true, w.N
					g.Wake()
				case c.immediate:
					if c.unfinished > 0 {
						c.unfinished--
					}
					if c.unfinished == 0 {
						c.wakeAll(&c.joiners, true)
					}
				default:
					c.unget(kind, w.Val, w.N)
				}
			}
			c.mu.Unlock()
			if trace.On() {
				waits.Emit(trace.WaitDone, label(), nil)
			}
			panic(hook.KeyboardInterrupt)
		}
		c.mu.Unlock()
		w.Drain()
	}
	if !getter && w.N == rejected {
		if trace.On() {
			waits.Emit(trace.WaitDone, label(), nil)
		}
		panic(w.Val)
	}
	if !w.Ok {
		if trace.On() {
			waits.Emit(trace.WaitDone, label(), nil)
		}
		if r == waits.Interrupted {
			// Shut down and interrupted at once: the interrupt wins, as
			// for a getter.
			panic(hook.KeyboardInterrupt)
		}
		return nil, ErrShutDown
	}
	if trace.On() {
		waits.Emit(served, label(), w.Val)
	}
	if r == waits.Interrupted {
		panic(hook.KeyboardInterrupt) // a putter: its item went in
	}
	return w.Val, nil
}

func (c *core) taskDone(label func() string) {
	c.mu.Lock()
	if c.unfinished <= 0 {
		c.mu.Unlock()
		panic(errors.New("ValueError: task_done() called too many times"))
	}
	c.unfinished--
	left := c.unfinished
	if left == 0 {
		c.wakeAll(&c.joiners, true)
	}
	c.mu.Unlock()
	if trace.On() {
		waits.Emit(trace.QueueTaskDone, label(), left)
	}
}

func (c *core) wakeAll(l *waits.List, ok bool) {
	for w := l.PopFront(); w != nil; w = l.PopFront() {
		w.Ok = ok
		w.Wake()
	}
}

func (c *core) join(label func() string) {
	c.mu.Lock()
	if c.unfinished == 0 {
		c.mu.Unlock()
		return
	}
	scope := hook.Current()
	w := waits.Get()
	defer waits.Put(w)
	c.joiners.PushBack(w)
	c.mu.Unlock()
	if trace.On() {
		waits.Emit(trace.QueueWait, label(), nil)
	}
	if c.park(w, -1, scope) == waits.Interrupted {
		c.mu.Lock()
		if !c.joiners.Remove(w) {
			w.Drain()
		}
		c.mu.Unlock()
		panic(hook.KeyboardInterrupt)
	}
	if trace.On() {
		waits.Emit(trace.WaitDone, label(), nil)
	}
}

func (c *core) shutdownQueue(kind int, immediate bool) {
	c.mu.Lock()
	c.shutdown = true
	if immediate {
		c.immediate = true
		for c.size() > 0 {
			c.remove(kind)
			if c.unfinished > 0 {
				c.unfinished--
			}
		}
		if c.unfinished == 0 {
			c.wakeAll(&c.joiners, true)
		}
	}
	c.wakeAll(&c.getters, false)
	c.wakeAll(&c.putters, false)
	c.mu.Unlock()
}

func (c *core) qsize() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.size()
}

func (c *core) unfinishedTasks() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	return int(c.unfinished)
}

type entry struct {
	item any
	seq  int64
}

// prioHeap is a binary heap of entries kept as CPython's heapq keeps its
// list (heappush and heappop, comparing with < only), so that items that
// compare equal (2 and 2.0, equal tuples) come out in the order Python's
// PriorityQueue gives them, which is not always the order they were put
// in. Items of equal Priority whose Values cannot be ordered (Python raises
// TypeError) are ordered by insertion.
type prioHeap struct{ items []entry }

// lessEntry is Python's x < y for the heap, with the insertion order for
// Items that tie on an unorderable Value.
func lessEntry(x, y entry) bool {
	if ix, ok := x.item.(Item); ok {
		if iy, ok := y.item.(Item); ok {
			if !pyEqual(ix.Priority, iy.Priority) {
				return compare(ix.Priority, iy.Priority) < 0
			}
			if c, ok := tryCompare(ix.Value, iy.Value); ok {
				return c < 0
			}
			return x.seq < y.seq
		}
	}
	return compare(x.item, y.item) < 0
}

// push is heapq.heappush as CPython's C heapq makes it: the entry is
// appended, then swapped with its parent while it is smaller. If a
// comparison panics (items that cannot be compared: Python's TypeError),
// the entry stays where it got to, as in CPython, whose PriorityQueue then
// holds the item that put refused (its qsize counts it, a get may return
// it).
func (h *prioHeap) push(e entry) {
	h.items = append(h.items, e)
	for pos := len(h.items) - 1; pos > 0; {
		parent := (pos - 1) >> 1
		if !lessEntry(e, h.items[parent]) {
			break
		}
		h.items[pos], h.items[parent] = h.items[parent], e
		pos = parent
	}
}

// pop is heapq.heappop.
func (h *prioHeap) pop() any {
	n := len(h.items) - 1
	last := h.items[n]
	h.items[n] = entry{}
	h.items = h.items[:n]
	if n == 0 {
		return last.item
	}
	top := h.items[0]
	h.items[0] = last
	h.siftup(0)
	return top.item
}

// siftup is heapq's _siftup: move the smaller child up until a leaf is
// reached, then put the item there and sift it down.
func (h *prioHeap) siftup(pos int) {
	end, start := len(h.items), pos
	item := h.items[pos]
	for child := 2*pos + 1; child < end; child = 2*pos + 1 {
		if right := child + 1; right < end && !lessEntry(h.items[child], h.items[right]) {
			child = right
		}
		h.items[pos] = h.items[child]
		pos = child
	}
	h.items[pos] = item
	h.siftdown(start, pos)
}

// siftdown is heapq's _siftdown: move the item at pos up towards start
// while it is smaller than its parent.
func (h *prioHeap) siftdown(start, pos int) {
	item := h.items[pos]
	for pos > start {
		parent := (pos - 1) >> 1
		if !lessEntry(item, h.items[parent]) {
			break
		}
		h.items[pos] = h.items[parent]
		pos = parent
	}
	h.items[pos] = item
}

// checkTimeout panics as Python's get and put do (ValueError) when a
// timeout is negative.
func checkTimeout(d time.Duration) {
	if d < 0 {
		panic(errors.New("ValueError: 'timeout' must be a non-negative number"))
	}
}
