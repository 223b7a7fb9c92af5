package queue

// Tests for the rare branches of core.wait: a waiter that is served at the
// moment it times out or is interrupted, an interrupted getter that gives
// back the item it had been handed, an interrupted putter whose item already
// went in, and waiters that meet a shutdown.
//
// These branches depend on what happens between a waiter's wake-up (timer,
// interrupt) and its taking the queue's mutex again. The tests make that
// order deterministic with a wtStage: the test holds the queue's mutex while
// it lines up goroutines on it, each started only once the previous one is
// seen blocked on the mutex (in its stack), and a waiter can be held, by the
// trace recorder it calls synchronously, after it has joined the queue's
// line and before it parks. The TestWaitStress tests then run the same
// races through the public API only, many times, and check on every run
// that no item is lost or duplicated.

import (
	"errors"
	"fmt"
	"reflect"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/trace"
)

// wtQueue is the API that Queue, LifoQueue and PriorityQueue share.
type wtQueue interface {
	Put(item any)
	PutTimeout(item any, d time.Duration) error
	Get() any
	GetTimeout(d time.Duration) (any, error)
	GetNowait() (any, error)
	Qsize() int
	Empty() bool
	UnfinishedTasks() int
	Shutdown(immediate bool)
}

type wtKind struct {
	name string
	make func(maxsize int) (wtQueue, *core)
}

var wtKinds = []wtKind{
	{"Queue", func(n int) (wtQueue, *core) { q := New(n); return q, &q.c }},
	{"LifoQueue", func(n int) (wtQueue, *core) { q := NewLifoQueue(n); return q, &q.c }},
	{"PriorityQueue", func(n int) (wtQueue, *core) { q := NewPriorityQueue(n); return q, &q.c }},
}

// wtOutcome is how a queue call ended: its results, or its panic.
type wtOutcome struct {
	v     any
	err   error
	panic any
}

func (o wtOutcome) String() string {
	if o.panic != nil {
		return fmt.Sprintf("panic(%v)", o.panic)
	}
	return fmt.Sprintf("(%v, %v)", o.v, o.err)
}

func wtRun(f func() (any, error)) (o wtOutcome) {
	defer func() { o.panic = recover() }()
	o.v, o.err = f()
	return o
}

func wtGet(q wtQueue) func() (any, error) { return func() (any, error) { return q.Get(), nil } }
func wtPut(q wtQueue, x any) func() (any, error) {
	return func() (any, error) { q.Put(x); return nil, nil }
}

// wtRecv returns the outcome of a call started by a wtStage, or fails the
// test after a generous time.
func wtRecv(t *testing.T, ch <-chan wtOutcome, what string) wtOutcome {
	t.Helper()
	select {
	case o := <-ch:
		return o
	case <-time.After(10 * time.Second):
		t.Fatalf("%s did not return", what)
		return wtOutcome{}
	}
}

func wtIsInterrupt(o wtOutcome) bool { return hook.IsInterrupt(o.panic) }

// wtDrain gets the items left, with GetNowait, and checks that Qsize and
// Empty agree with what it finds.
func wtDrain(t *testing.T, q wtQueue) []any {
	t.Helper()
	n := q.Qsize()
	if q.Empty() != (n == 0) {
		t.Fatalf("Qsize %d but Empty %v", n, q.Empty())
	}
	var out []any
	for {
		x, err := q.GetNowait()
		if errors.Is(err, ErrEmpty) || errors.Is(err, ErrShutDown) {
			break
		}
		if err != nil {
			t.Fatalf("GetNowait: %v", err)
		}
		out = append(out, x)
	}
	if len(out) != n {
		t.Fatalf("Qsize said %d items, got %d: %v", n, len(out), out)
	}
	if !q.Empty() || q.Qsize() != 0 {
		t.Fatalf("after draining: Qsize %d, Empty %v", q.Qsize(), q.Empty())
	}
	return out
}

// wtStage orders goroutines at a queue's mutex. The test takes the mutex
// (lock), makes goroutines block on it one after another (start, or release
// and awaitMutex for a waiter coming back from its park), and lets go
// (unlock). sync.Mutex wakes its blocked goroutines in the order they
// blocked (the runtime's semaphore queue is FIFO), and a woken goroutine
// only competes with goroutines arriving anew, of which there are none: so
// they take the mutex in that order. (Go does not promise this order; the
// tests that assert an order of items rely on it, and the coverage of the
// branches does.)
//
// A waiter started with waiter is held, by the trace recorder, where it has
// joined the queue's line (listed as a getter or putter, mutex released)
// but has not parked yet. While the test holds the mutex nobody can serve
// it, so an interrupt or its timer decides how its park ends.
type wtStage struct {
	t    *testing.T
	c    *core
	held bool

	mu     sync.Mutex
	gates  map[int64]*wtGate  // goroutines to hold at their queue.wait
	holds  map[int64]*wtGate  // goroutines held there, until release
	events map[int64][]string // kinds of the trace events, by goroutine
}

type wtGate struct{ reached, release chan struct{} }

func wtNewStage(t *testing.T, c *core) *wtStage {
	st := &wtStage{t: t, c: c, gates: map[int64]*wtGate{}, holds: map[int64]*wtGate{}, events: map[int64][]string{}}
	prev := trace.SetHook(st.record)
	t.Cleanup(func() {
		trace.SetHook(prev)
		if st.held {
			st.unlock()
		}
		st.mu.Lock()
		for _, g := range st.holds {
			close(g.release)
		}
		st.gates, st.holds, st.events = nil, nil, nil
		st.mu.Unlock()
	})
	return st
}

// record is the trace recorder: it notes the kind of each event, and holds
// a gated goroutine at its queue.wait event, emitted after the waiter is
// listed and before it parks.
func (st *wtStage) record(e trace.Event) {
	st.mu.Lock()
	if st.events != nil {
		st.events[e.G] = append(st.events[e.G], e.Kind)
	}
	var g *wtGate
	if e.Kind == trace.QueueWait {
		if g = st.gates[e.G]; g != nil {
			delete(st.gates, e.G)
			st.holds[e.G] = g
		}
	}
	st.mu.Unlock()
	if g != nil {
		close(g.reached)
		<-g.release
	}
}

// traced returns the kinds of the trace events of goroutine g so far.
func (st *wtStage) traced(g int64) []string {
	st.mu.Lock()
	defer st.mu.Unlock()
	return slices.Clone(st.events[g])
}

func (st *wtStage) goroutine(s *hook.Scope, gate *wtGate, f func() (any, error)) (int64, <-chan wtOutcome) {
	id := make(chan int64)
	out := make(chan wtOutcome, 1)
	go func() {
		if s != nil {
			defer hook.Bind(s)()
		}
		g := hook.GoID()
		if gate != nil {
			st.mu.Lock()
			st.gates[g] = gate
			st.mu.Unlock()
		}
		id <- g
		out <- wtRun(f)
	}()
	return <-id, out
}

// waiter starts f (a call that must wait) in a goroutine bound to s (nil:
// unbound) and returns once it has joined the queue's line; it stays held
// there until release.
func (st *wtStage) waiter(s *hook.Scope, f func() (any, error)) (int64, <-chan wtOutcome) {
	st.t.Helper()
	gate := &wtGate{reached: make(chan struct{}), release: make(chan struct{})}
	g, out := st.goroutine(s, gate, f)
	select {
	case <-gate.reached:
	case o := <-out:
		st.t.Fatalf("call returned %v instead of waiting", o)
	case <-time.After(10 * time.Second):
		st.t.Fatal("call did not start waiting")
	}
	return g, out
}

// release lets a waiter held by waiter go on and park.
func (st *wtStage) release(g int64) {
	st.mu.Lock()
	gate := st.holds[g]
	delete(st.holds, g)
	st.mu.Unlock()
	close(gate.release)
}

func (st *wtStage) lock()   { st.c.mu.Lock(); st.held = true }
func (st *wtStage) unlock() { st.held = false; st.c.mu.Unlock() }

// start starts f in a goroutine bound to s and returns once it is blocked on
// the queue's mutex in core method fn.
func (st *wtStage) start(s *hook.Scope, fn string, f func() (any, error)) <-chan wtOutcome {
	st.t.Helper()
	g, out := st.goroutine(s, nil, f)
	st.awaitMutex(g, fn)
	return out
}

// awaitMutex waits until goroutine g is blocked acquiring the queue's mutex
// in core method fn, as its stack shows.
func (st *wtStage) awaitMutex(g int64, fn string) {
	st.t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, stack := wtBlockedOnMutex(g, fn)
		if ok {
			return
		}
		if time.Now().After(deadline) {
			st.t.Fatalf("goroutine %d is not blocked on the queue's mutex in core.%s:\n%s", g, fn, stack)
		}
		time.Sleep(100 * time.Microsecond)
	}
}

// wtBlockedOnMutex reports whether goroutine g is parked in sync.Mutex.Lock
// called directly from core method fn, and returns g's stack.
func wtBlockedOnMutex(g int64, fn string) (bool, string) {
	buf := make([]byte, 64<<10)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	head := "goroutine " + strconv.FormatInt(g, 10) + " ["
	for _, stack := range strings.Split(string(buf), "\n\n") {
		if !strings.HasPrefix(stack, head) {
			continue
		}
		if !strings.HasPrefix(stack[len(head):], "sync.Mutex.Lock") {
			return false, stack
		}
		lines := strings.Split(stack, "\n")
		for i, l := range lines {
			if strings.HasPrefix(l, "sync.(*Mutex).Lock(") {
				// lines[i+1] is the file of Lock, lines[i+2] its caller.
				return i+2 < len(lines) && strings.Contains(lines[i+2], "/lib/queue.(*core)."+fn+"("), stack
			}
		}
		return false, stack
	}
	return false, "(goroutine not found)"
}

// TestWaitInterruptedGetterHandsItemToNextGetter: a getter is handed an item
// by a put, then finds it was interrupted meanwhile; it passes the item on
// to the next waiting getter and panics with KeyboardInterrupt.
func TestWaitInterruptedGetterHandsItemToNextGetter(t *testing.T) {
	for _, k := range wtKinds {
		t.Run(k.name, func(t *testing.T) {
			q, c := k.make(0)
			st := wtNewStage(t, c)
			s1 := hook.NewScope(1, nil, nil)
			g1, out1 := st.waiter(s1, wtGet(q))
			g2, out2 := st.waiter(nil, wtGet(q)) // in line behind g1
			st.release(g2)
			st.lock()
			put := st.start(nil, "put", wtPut(q, 7)) // hands 7 to g1, the first in line
			s1.Interrupt()
			st.release(g1)
			st.awaitMutex(g1, "wait") // interrupted, back for the mutex
			st.unlock()

			if o := wtRecv(t, out1, "interrupted Get"); !wtIsInterrupt(o) {
				t.Fatalf("interrupted Get = %v, want KeyboardInterrupt", o)
			}
			if o := wtRecv(t, out2, "second Get"); o.v != 7 || o.panic != nil {
				t.Fatalf("second Get = %v, want 7", o)
			}
			if o := wtRecv(t, put, "Put"); o.panic != nil {
				t.Fatalf("Put = %v", o)
			}
			if got := wtDrain(t, q); len(got) != 0 {
				t.Fatalf("items left: %v", got)
			}
			if n := q.UnfinishedTasks(); n != 1 {
				t.Fatalf("UnfinishedTasks = %d, want 1", n)
			}
		})
	}
}

// TestWaitInterruptedGetterGivesItemBack: a getter is handed an item, more
// items are put before it finds it was interrupted, and no getter is in
// line: it puts its item back where the next get takes it, and panics.
// Then one more item is put. The puts took the queue's mutex in the order
// first (handed to the getter), during..., last, so Python's queue gives
// them back in that order (FIFO), in reverse (LIFO), or by priority and
// then that order (PriorityQueue).
func TestWaitInterruptedGetterGivesItemBack(t *testing.T) {
	ints := func(n int) []any {
		var xs []any
		for i := range n {
			xs = append(xs, i)
		}
		return xs
	}
	items := func(p ...int) []any {
		var xs []any
		for i, p := range p {
			xs = append(xs, Item{Priority: p, Value: i})
		}
		return xs
	}
	reversed := func(xs []any) []any { xs = slices.Clone(xs); slices.Reverse(xs); return xs }
	byPriority := func(xs []any) []any {
		xs = slices.Clone(xs)
		slices.SortStableFunc(xs, func(a, b any) int { return compare(a, b) })
		return xs
	}
	cases := []struct {
		name  string
		kind  int
		items []any // put in this order; items[0] is the one handed over
		want  func([]any) []any
	}{
		{"Queue/1", 0, ints(3), slices.Clone[[]any]},
		// 8 items in the ring when the item comes back.
		{"Queue/8", 0, ints(10), slices.Clone[[]any]},
		{"LifoQueue/1", 1, ints(3), reversed},
		{"LifoQueue/8", 1, ints(10), reversed},
		{"PriorityQueue/smaller-after", 2, []any{5, 3, 4}, byPriority},
		{"PriorityQueue/equal", 2, items(1, 1, 1), byPriority},
		{"PriorityQueue/mixed", 2, items(2, 1, 2, 1, 2, 0, 2, 2), byPriority},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			q, c := wtKinds[tc.kind].make(0)
			st := wtNewStage(t, c)
			s1 := hook.NewScope(1, nil, nil)
			g1, out1 := st.waiter(s1, wtGet(q))
			st.lock()
			first, during, last := tc.items[0], tc.items[1:len(tc.items)-1], tc.items[len(tc.items)-1]
			puts := []<-chan wtOutcome{st.start(nil, "put", wtPut(q, first))}
			for _, x := range during {
				puts = append(puts, st.start(nil, "put", wtPut(q, x)))
			}
			s1.Interrupt()
			st.release(g1)
			st.awaitMutex(g1, "wait")
			st.unlock()

			if o := wtRecv(t, out1, "interrupted Get"); !wtIsInterrupt(o) {
				t.Fatalf("interrupted Get = %v, want KeyboardInterrupt", o)
			}
			for _, p := range puts {
				if o := wtRecv(t, p, "Put"); o.panic != nil {
					t.Fatalf("Put = %v", o)
				}
			}
			if n := q.Qsize(); n != len(tc.items)-1 {
				t.Fatalf("Qsize = %d after the item came back, want %d", n, len(tc.items)-1)
			}
			q.Put(last)
			if n := q.UnfinishedTasks(); n != len(tc.items) {
				t.Fatalf("UnfinishedTasks = %d, want %d", n, len(tc.items))
			}
			got := wtDrain(t, q)
			if !wtSameItems(got, tc.items) {
				t.Fatalf("got %v, want each of %v once", got, tc.items)
			}
			want := tc.want(tc.items)
			if !reflect.DeepEqual(got, want) {
				t.Fatalf("got %v, want %v", got, want)
			}
		})
	}
}

// wtSameItems reports whether got holds exactly the items of want, each once.
func wtSameItems(got, want []any) bool {
	if len(got) != len(want) {
		return false
	}
	left := slices.Clone(want)
	for _, x := range got {
		i := slices.IndexFunc(left, func(y any) bool { return reflect.DeepEqual(x, y) })
		if i < 0 {
			return false
		}
		left = slices.Delete(left, i, i+1)
	}
	return true
}

// TestWaitInterruptedGettersPassItemAlong: the getter an interrupted getter
// hands its item to was interrupted too; it gives the item back to the
// queue, and both panic.
func TestWaitInterruptedGettersPassItemAlong(t *testing.T) {
	for _, k := range wtKinds {
		t.Run(k.name, func(t *testing.T) {
			q, c := k.make(0)
			st := wtNewStage(t, c)
			s1, s2 := hook.NewScope(1, nil, nil), hook.NewScope(2, nil, nil)
			g1, out1 := st.waiter(s1, wtGet(q))
			g2, out2 := st.waiter(s2, wtGet(q))
			st.lock()
			put := st.start(nil, "put", wtPut(q, 7))
			s1.Interrupt()
			st.release(g1)
			st.awaitMutex(g1, "wait")
			s2.Interrupt()
			st.release(g2)
			st.awaitMutex(g2, "wait")
			st.unlock()

			for i, out := range []<-chan wtOutcome{out1, out2} {
				if o := wtRecv(t, out, "interrupted Get"); !wtIsInterrupt(o) {
					t.Fatalf("interrupted Get %d = %v, want KeyboardInterrupt", i+1, o)
				}
			}
			wtRecv(t, put, "Put")
			if got := wtDrain(t, q); !reflect.DeepEqual(got, []any{7}) {
				t.Fatalf("left in the queue: %v, want [7]", got)
			}
		})
	}
}

// TestWaitInterruptedGettersGiveBackItems: three getters are each handed
// an item, in the order the items were put, and all three were interrupted;
// they give the items back in the same order. The items must come out as
// Python's queue, whose interrupted gets take nothing, gives them.
func TestWaitInterruptedGettersGiveBackItems(t *testing.T) {
	a, b, c := any(Item{1, "a"}), any(Item{1, "b"}), any(Item{1, "c"})
	cases := []struct {
		kind wtKind
		want []any
	}{
		{wtKinds[0], []any{a, b, c}},
		{wtKinds[1], []any{c, b, a}},
		// Equal priorities: the order they were put in.
		{wtKinds[2], []any{a, b, c}},
	}
	for _, tc := range cases {
		t.Run(tc.kind.name, func(t *testing.T) {
			q, qc := tc.kind.make(0)
			st := wtNewStage(t, qc)
			var scopes []*hook.Scope
			var gs []int64
			var outs []<-chan wtOutcome
			for i := range 3 {
				s := hook.NewScope(int64(i+1), nil, nil)
				g, out := st.waiter(s, wtGet(q))
				scopes, gs, outs = append(scopes, s), append(gs, g), append(outs, out)
			}
			st.lock()
			var puts []<-chan wtOutcome
			for _, x := range []any{a, b, c} {
				puts = append(puts, st.start(nil, "put", wtPut(q, x)))
			}
			for i, s := range scopes {
				s.Interrupt()
				st.release(gs[i])
				st.awaitMutex(gs[i], "wait")
			}
			st.unlock()

			for i, out := range outs {
				if o := wtRecv(t, out, "interrupted Get"); !wtIsInterrupt(o) {
					t.Fatalf("interrupted Get %d = %v, want KeyboardInterrupt", i+1, o)
				}
			}
			for _, p := range puts {
				wtRecv(t, p, "Put")
			}
			got := wtDrain(t, q)
			if !wtSameItems(got, tc.want) {
				t.Fatalf("left in the queue: %v, want each of %v once", got, tc.want)
			}
			if !reflect.DeepEqual(got, tc.want) {
				t.Fatalf("got %v, want %v", got, tc.want)
			}
		})
	}
}

// TestWaitInterruptedPutterItemWentIn: a waiting putter's item is moved in
// by a get after the putter was interrupted: the put is done, and Put
// panics with KeyboardInterrupt all the same.
func TestWaitInterruptedPutterItemWentIn(t *testing.T) {
	for _, k := range wtKinds {
		t.Run(k.name, func(t *testing.T) {
			q, c := k.make(1)
			q.Put(1)
			st := wtNewStage(t, c)
			s1 := hook.NewScope(1, nil, nil)
			p1, out1 := st.waiter(s1, wtPut(q, 2))
			st.lock()
			get := st.start(nil, "get", wtGet(q))
			s1.Interrupt()
			st.release(p1)
			st.awaitMutex(p1, "wait")
			st.unlock()

			if o := wtRecv(t, out1, "interrupted Put"); !wtIsInterrupt(o) {
				t.Fatalf("interrupted Put = %v, want KeyboardInterrupt", o)
			}
			if o := wtRecv(t, get, "Get"); o.v != 1 {
				t.Fatalf("Get = %v, want 1", o)
			}
			if n := q.UnfinishedTasks(); n != 2 {
				t.Fatalf("UnfinishedTasks = %d, want 2", n)
			}
			if got := wtDrain(t, q); !reflect.DeepEqual(got, []any{2}) {
				t.Fatalf("left in the queue: %v, want [2]", got)
			}
		})
	}
}

// TestWaitTimedOutGetterServed: a getter's timeout fires, and before it
// takes the mutex to leave the line a put hands it an item: GetTimeout
// returns the item.
func TestWaitTimedOutGetterServed(t *testing.T) {
	for _, k := range wtKinds {
		t.Run(k.name, func(t *testing.T) {
			q, c := k.make(0)
			st := wtNewStage(t, c)
			g1, out1 := st.waiter(nil, func() (any, error) { return q.GetTimeout(time.Millisecond) })
			st.lock()
			put := st.start(nil, "put", wtPut(q, 7))
			st.release(g1)
			st.awaitMutex(g1, "wait") // timed out, back for the mutex
			st.unlock()

			if o := wtRecv(t, out1, "GetTimeout"); o.v != 7 || o.err != nil || o.panic != nil {
				t.Fatalf("GetTimeout = %v, want (7, nil)", o)
			}
			wtRecv(t, put, "Put")
			if got := wtDrain(t, q); len(got) != 0 {
				t.Fatalf("items left: %v", got)
			}
			if n := q.UnfinishedTasks(); n != 1 {
				t.Fatalf("UnfinishedTasks = %d, want 1", n)
			}
		})
	}
}

// TestWaitTimedOutPutterServed: a putter's timeout fires, and before it
// takes the mutex to leave the line a get moves its item in: PutTimeout
// returns nil.
func TestWaitTimedOutPutterServed(t *testing.T) {
	for _, k := range wtKinds {
		t.Run(k.name, func(t *testing.T) {
			q, c := k.make(1)
			q.Put(1)
			st := wtNewStage(t, c)
			p1, out1 := st.waiter(nil, func() (any, error) { return nil, q.PutTimeout(2, time.Millisecond) })
			st.lock()
			get := st.start(nil, "get", wtGet(q))
			st.release(p1)
			st.awaitMutex(p1, "wait")
			st.unlock()

			if o := wtRecv(t, out1, "PutTimeout"); o.err != nil || o.panic != nil {
				t.Fatalf("PutTimeout = %v, want nil error", o)
			}
			if o := wtRecv(t, get, "Get"); o.v != 1 {
				t.Fatalf("Get = %v, want 1", o)
			}
			if n := q.UnfinishedTasks(); n != 2 {
				t.Fatalf("UnfinishedTasks = %d, want 2", n)
			}
			if got := wtDrain(t, q); !reflect.DeepEqual(got, []any{2}) {
				t.Fatalf("left in the queue: %v, want [2]", got)
			}
		})
	}
}

// TestWaitShutdownMeetsWaiter: a shutdown wakes a waiter that has just timed
// out or been interrupted.
func TestWaitShutdownMeetsWaiter(t *testing.T) {
	const ms = time.Millisecond
	cases := []struct {
		name    string
		getter  bool
		scoped  bool // the waiter's cell is interrupted
		call    func(q wtQueue) func() (any, error)
		outcome func(o wtOutcome) bool
		want    string
	}{
		{"interrupted Get", true, true, wtGet,
			wtIsInterrupt, "KeyboardInterrupt"},
		{"timed-out GetTimeout", true, false, func(q wtQueue) func() (any, error) {
			return func() (any, error) { return q.GetTimeout(ms) }
		}, func(o wtOutcome) bool { return o.err == ErrShutDown && o.v == nil && o.panic == nil }, "(nil, ErrShutDown)"},
		// The interrupt wins over the shutdown, as for a getter; the item
		// is not put.
		{"interrupted Put", false, true, func(q wtQueue) func() (any, error) { return wtPut(q, 2) },
			wtIsInterrupt, "KeyboardInterrupt"},
		{"timed-out PutTimeout", false, false, func(q wtQueue) func() (any, error) {
			return func() (any, error) { return nil, q.PutTimeout(2, ms) }
		}, func(o wtOutcome) bool { return o.err == ErrShutDown && o.panic == nil }, "ErrShutDown"},
	}
	for _, k := range wtKinds {
		for _, tc := range cases {
			t.Run(k.name+"/"+tc.name, func(t *testing.T) {
				q, c := k.make(1)
				var left []any
				if !tc.getter {
					q.Put(1)
					left = []any{1}
				}
				st := wtNewStage(t, c)
				var s *hook.Scope
				if tc.scoped {
					s = hook.NewScope(1, nil, nil)
				}
				w, out := st.waiter(s, tc.call(q))
				st.lock()
				shut := st.start(nil, "shutdownQueue", func() (any, error) { q.Shutdown(false); return nil, nil })
				if s != nil {
					s.Interrupt()
				}
				st.release(w)
				st.awaitMutex(w, "wait")
				st.unlock()

				if o := wtRecv(t, out, tc.name); !tc.outcome(o) {
					t.Fatalf("%s = %v, want %s", tc.name, o, tc.want)
				}
				wtRecv(t, shut, "Shutdown")
				if got := wtDrain(t, q); !reflect.DeepEqual(got, left) {
					t.Fatalf("left in the queue: %v, want %v", got, left)
				}
				if n := q.UnfinishedTasks(); n != len(left) {
					t.Fatalf("UnfinishedTasks = %d, want %d", n, len(left))
				}
				if r := catch(func() { q.Get() }); r != ErrShutDown {
					t.Fatalf("Get on the empty shut-down queue panicked with %v", r)
				}
			})
		}
	}
}

// TestWaitShutdownWakesBlockedCalls: the untimed Put and Get woken by a
// shutdown panic with ErrShutDown.
func TestWaitShutdownWakesBlockedCalls(t *testing.T) {
	for _, k := range wtKinds {
		t.Run(k.name, func(t *testing.T) {
			empty, ec := k.make(0)
			full, fc := k.make(1)
			full.Put(1)
			for _, x := range []struct {
				q    wtQueue
				c    *core
				call func() (any, error)
			}{{empty, ec, wtGet(empty)}, {full, fc, wtPut(full, 2)}} {
				st := wtNewStage(t, x.c)
				w, out := st.waiter(nil, x.call)
				st.release(w)
				x.q.Shutdown(false)
				if o := wtRecv(t, out, "blocked call"); o.panic != ErrShutDown {
					t.Fatalf("blocked call woken by Shutdown = %v, want panic(ErrShutDown)", o)
				}
			}
			if got := wtDrain(t, full); !reflect.DeepEqual(got, []any{1}) {
				t.Fatalf("left in the full queue: %v, want [1]", got)
			}
		})
	}
}

// TestWaitShutdownBeforeItemGivenBack: the queue is shut down while an
// interrupted getter still holds the item it was handed; the getter gives
// it back. A plain shutdown lets the remaining items be got, so the item is
// got next. An immediate shutdown drops the items left, and Python's would
// have dropped this one (it was never got) and counted it done.
func TestWaitShutdownBeforeItemGivenBack(t *testing.T) {
	for _, immediate := range []bool{false, true} {
		for _, k := range wtKinds {
			t.Run(fmt.Sprintf("%s/immediate=%v", k.name, immediate), func(t *testing.T) {
				q, c := k.make(0)
				st := wtNewStage(t, c)
				s1 := hook.NewScope(1, nil, nil)
				g1, out1 := st.waiter(s1, wtGet(q))
				st.lock()
				put := st.start(nil, "put", wtPut(q, 7))
				shut := st.start(nil, "shutdownQueue", func() (any, error) { q.Shutdown(immediate); return nil, nil })
				s1.Interrupt()
				st.release(g1)
				st.awaitMutex(g1, "wait")
				st.unlock()

				if o := wtRecv(t, out1, "interrupted Get"); !wtIsInterrupt(o) {
					t.Fatalf("interrupted Get = %v, want KeyboardInterrupt", o)
				}
				wtRecv(t, put, "Put")
				wtRecv(t, shut, "Shutdown")
				if err := q.PutTimeout(8, time.Millisecond); err != ErrShutDown {
					t.Fatalf("PutTimeout after Shutdown = %v", err)
				}
				qsize, unfinished := q.Qsize(), q.UnfinishedTasks()
				got := wtDrain(t, q)
				if r := catch(func() { q.Get() }); r != ErrShutDown {
					t.Fatalf("Get on the empty shut-down queue panicked with %v", r)
				}
				if !immediate {
					if !reflect.DeepEqual(got, []any{7}) || unfinished != 1 {
						t.Fatalf("left %v, UnfinishedTasks %d; want [7], 1", got, unfinished)
					}
					return
				}
				if qsize != 0 || unfinished != 0 {
					t.Fatalf("after Shutdown(true): Qsize %d, UnfinishedTasks %d, items %v; want an empty queue, 0", qsize, unfinished, got)
				}
			})
		}
	}
}

// TestWaitGiveUpEndsTracedWait: a waiter that gives up (timeout,
// interrupt) while still in line ends its traced wait with wait.done; one
// that is served ends it with its get or put.
func TestWaitGiveUpEndsTracedWait(t *testing.T) {
	q := New(1)
	st := wtNewStage(t, &q.c)
	s := hook.NewScope(1, nil, nil)
	cases := []struct {
		name  string
		scope *hook.Scope
		call  func() (any, error)
		check func(wtOutcome) bool
		want  []string
	}{
		{"GetTimeout", nil, func() (any, error) { return q.GetTimeout(time.Millisecond) },
			func(o wtOutcome) bool { return o.err == ErrEmpty }, []string{trace.QueueWait, trace.WaitDone}},
		{"interrupted Get", s, wtGet(q), wtIsInterrupt, []string{trace.QueueWait, trace.WaitDone}},
	}
	for _, tc := range cases {
		g, out := st.waiter(tc.scope, tc.call)
		st.release(g)
		if tc.scope != nil {
			tc.scope.Interrupt()
		}
		if o := wtRecv(t, out, tc.name); !tc.check(o) {
			t.Fatalf("%s = %v", tc.name, o)
		}
		if got := st.traced(g); !reflect.DeepEqual(got, tc.want) {
			t.Fatalf("%s traced %v, want %v", tc.name, got, tc.want)
		}
	}
	q.Put(1)
	g, out := st.waiter(nil, func() (any, error) { return nil, q.PutTimeout(2, time.Millisecond) })
	st.release(g)
	if o := wtRecv(t, out, "PutTimeout"); o.err != ErrFull {
		t.Fatalf("PutTimeout on a full queue = %v", o)
	}
	if got, want := st.traced(g), []string{trace.QueueWait, trace.WaitDone}; !reflect.DeepEqual(got, want) {
		t.Fatalf("PutTimeout traced %v, want %v", got, want)
	}
	if got := wtDrain(t, q); !reflect.DeepEqual(got, []any{1}) {
		t.Fatalf("left in the queue: %v, want [1]", got)
	}
}

// wtSpin yields n times: the stress tests vary with it how their
// goroutines interleave.
func wtSpin(n int) {
	for range n {
		runtime.Gosched()
	}
}

// wtIters is how many times the stress tests run their race.
func wtIters() int {
	if testing.Short() {
		return 200
	}
	return 2000
}

// TestWaitStressGetters races, through the public API only, an interrupted
// Get, a plain Get, a GetTimeout with a short timeout, a producer and
// sometimes a Shutdown, and checks on every run that each item put is got
// exactly once (by a call or from what is left), that the calls end as
// documented, and that the items left come out in Python's order.
func TestWaitStressGetters(t *testing.T) {
	for _, k := range wtKinds {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			for it := range wtIters() {
				q, _ := k.make(0)
				s := hook.NewScope(1, nil, nil)
				shutdown := it%4 == 3
				const n = 4
				outs := make(chan wtOutcome, 3)
				go in(s, func() { outs <- wtRun(wtGet(q)) })
				go func() { outs <- wtRun(wtGet(q)) }()
				d := time.Duration(it%13) * 10 * time.Microsecond
				go func() { outs <- wtRun(func() (any, error) { return q.GetTimeout(d) }) }()
				wtSpin(it % 5) // let the getters line up, or not
				putDone := make(chan []any)
				go func() {
					wtSpin(it * 7 % 11)
					var put []any
					for i := range n {
						if r := catch(func() { q.Put(i) }); r == nil {
							put = append(put, i)
						} else if r != ErrShutDown {
							panic(r)
						}
					}
					putDone <- put
				}()
				wtSpin(it * 3 % 11)
				s.Interrupt()
				if shutdown {
					q.Shutdown(false)
				}
				var put []any
				select {
				case put = <-putDone:
				case <-time.After(10 * time.Second):
					t.Fatal("producer did not finish")
				}
				var got []any
				for range 3 {
					o := wtRecv(t, outs, "a Get")
					switch {
					case wtIsInterrupt(o), o.err == ErrEmpty && o.panic == nil:
					case shutdown && (o.panic == ErrShutDown || o.err == ErrShutDown):
					case o.panic != nil || o.err != nil:
						t.Fatalf("run %d: a Get ended with %v", it, o)
					default:
						got = append(got, o.v)
					}
				}
				left := wtDrain(t, q)
				if all := append(slices.Clone(got), left...); !wtSameItems(all, put) {
					t.Fatalf("run %d: got %v and left %v, want each of %v once", it, got, left, put)
				}
				if u := q.UnfinishedTasks(); u != len(put) {
					t.Fatalf("run %d: UnfinishedTasks %d, want %d", it, u, len(put))
				}
				// One producer put the items in increasing order.
				ascending := slices.IsSortedFunc(left, func(a, b any) int { return a.(int) - b.(int) })
				descending := slices.IsSortedFunc(left, func(a, b any) int { return b.(int) - a.(int) })
				switch {
				case k.name != "LifoQueue" && !ascending:
					t.Fatalf("run %d: items left come out as %v", it, left)
				case k.name == "LifoQueue" && !descending:
					t.Fatalf("run %d: items left come out as %v", it, left)
				}
			}
		})
	}
}

// TestWaitStressPutters races, through the public API only, an interrupted
// Put, a PutTimeout with a short timeout and a plain Put on a full queue
// against a consumer and sometimes a Shutdown, and checks on every run that
// every item whose put succeeded is got exactly once, that no item whose put
// failed is, that the calls end as documented, and that the count of
// unfinished tasks agrees.
func TestWaitStressPutters(t *testing.T) {
	for _, k := range wtKinds {
		t.Run(k.name, func(t *testing.T) {
			t.Parallel()
			for it := range wtIters() {
				q, _ := k.make(2)
				q.Put(0)
				q.Put(1)
				s := hook.NewScope(1, nil, nil)
				shutdown := it%4 == 3
				interrupted, timed, plain := make(chan wtOutcome, 1), make(chan wtOutcome, 1), make(chan wtOutcome, 1)
				go in(s, func() { interrupted <- wtRun(wtPut(q, 10)) })
				d := time.Duration(it%13) * 10 * time.Microsecond
				go func() { timed <- wtRun(func() (any, error) { return nil, q.PutTimeout(20, d) }) }()
				go func() { plain <- wtRun(wtPut(q, 30)) }()
				wtSpin(it % 5) // let the putters line up, or not
				first := make(chan wtOutcome, 1)
				go func() { wtSpin(it * 7 % 11); first <- wtRun(wtGet(q)) }()
				wtSpin(it * 3 % 11)
				s.Interrupt()
				if shutdown {
					q.Shutdown(false)
				}
				o1 := wtRecv(t, interrupted, "interrupted Put")
				o2 := wtRecv(t, timed, "PutTimeout")
				got := []any{wtRecv(t, first, "Get").v}
				// Make room until the plain Put is done.
				var o3 wtOutcome
				deadline := time.Now().Add(10 * time.Second)
				for done := false; !done; {
					select {
					case o3 = <-plain:
						done = true
					default:
						if x, err := q.GetNowait(); err == nil {
							got = append(got, x)
						} else if time.Now().After(deadline) {
							t.Fatalf("run %d: plain Put did not return", it)
						} else {
							runtime.Gosched()
						}
					}
				}
				all := append(got, wtDrain(t, q)...)

				want := []any{0, 1}
				switch {
				case o3.panic == nil:
					want = append(want, 30)
				case o3.panic != ErrShutDown || !shutdown:
					t.Fatalf("run %d: plain Put = %v", it, o3)
				}
				switch {
				case o2.panic == nil && o2.err == nil:
					want = append(want, 20)
				case o2.panic == nil && (o2.err == ErrFull || o2.err == ErrShutDown && shutdown):
				default:
					t.Fatalf("run %d: PutTimeout = %v", it, o2)
				}
				switch {
				case o1.panic == nil:
					want = append(want, 10)
				case o1.panic == ErrShutDown && shutdown:
				case !wtIsInterrupt(o1):
					t.Fatalf("run %d: interrupted Put = %v", it, o1)
				case slices.Contains(all, any(10)):
					// Interrupted after its item went in.
					want = append(want, 10)
				}
				if !wtSameItems(all, want) {
					t.Fatalf("run %d: got %v, want each of %v once (interrupted Put %v, PutTimeout %v, Put %v)", it, all, want, o1, o2, o3)
				}
				if u := q.UnfinishedTasks(); u != len(want) {
					t.Fatalf("run %d: UnfinishedTasks %d, want %d", it, u, len(want))
				}
				if k.name == "Queue" && (all[0] != 0 || all[1] != 1) {
					t.Fatalf("run %d: FIFO order %v", it, all)
				}
			}
		})
	}
}
