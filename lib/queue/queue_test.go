package queue

import (
	"errors"
	"fmt"
	"math"
	"reflect"
	"sort"
	"sync"
	"testing"
	"time"

	"github.com/gonotes/gonotes/lib/hook"
	"github.com/gonotes/gonotes/lib/internal/waits"
)

func catch(f func()) (r any) {
	defer func() { r = recover() }()
	f()
	return nil
}

func in(s *hook.Scope, f func()) {
	defer hook.Bind(s)()
	f()
}

func waitBlocked(t *testing.T, n int) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for waits.Blocked() < n {
		if time.Now().After(deadline) {
			t.Fatalf("only %d goroutines blocked, want %d", waits.Blocked(), n)
		}
		time.Sleep(time.Millisecond)
	}
}

func drain(t *testing.T, get func() (any, error)) []any {
	var out []any
	for {
		x, err := get()
		if errors.Is(err, ErrEmpty) {
			return out
		}
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, x)
	}
}

func TestFIFO(t *testing.T) {
	var q Queue
	for i := 0; i < 20; i++ {
		q.Put(i)
	}
	if q.Qsize() != 20 || q.Empty() || q.Full() {
		t.Fatalf("qsize %d empty %v full %v", q.Qsize(), q.Empty(), q.Full())
	}
	for i := 0; i < 20; i++ {
		if x := q.Get(); x != i {
			t.Fatalf("got %v, want %d", x, i)
		}
	}
	if !q.Empty() {
		t.Fatal("not empty")
	}
}

func TestLIFO(t *testing.T) {
	q := NewLifoQueue(0)
	for i := 0; i < 5; i++ {
		q.Put(i)
	}
	got := drain(t, q.GetNowait)
	if !reflect.DeepEqual(got, []any{4, 3, 2, 1, 0}) {
		t.Fatalf("LIFO order %v", got)
	}
}

func TestPriority(t *testing.T) {
	var q PriorityQueue
	for _, x := range []any{5, 1.5, int8(3), uint(2), 0, -7} {
		q.Put(x)
	}
	if got := drain(t, q.GetNowait); !reflect.DeepEqual(got, []any{-7, 0, 1.5, uint(2), int8(3), 5}) {
		t.Fatalf("numbers came out as %v", got)
	}
	for _, s := range []string{"pear", "apple", "fig"} {
		q.Put(s)
	}
	if got := drain(t, q.GetNowait); !reflect.DeepEqual(got, []any{"apple", "fig", "pear"}) {
		t.Fatalf("strings came out as %v", got)
	}
	// Items: by priority, FIFO among equal priorities.
	for i, p := range []int{2, 1, 2, 1, 0, 2} {
		q.Put(Item{Priority: p, Value: i})
	}
	var got []string
	for _, x := range drain(t, q.GetNowait) {
		got = append(got, x.(Item).String())
	}
	want := []string{"(0, 4)", "(1, 1)", "(1, 3)", "(2, 0)", "(2, 2)", "(2, 5)"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("items came out as %v, want %v", got, want)
	}
	// Tuples, element by element.
	q.Put([]any{1, "b"})
	q.Put([]any{1, "a"})
	q.Put([]any{0, "z"})
	if got := drain(t, q.GetNowait); fmt.Sprint(got) != "[[0 z] [1 a] [1 b]]" {
		t.Fatalf("tuples came out as %v", got)
	}
}

func TestPriorityTypeError(t *testing.T) {
	var q PriorityQueue
	q.Put(1)
	q.Put(3)
	r := catch(func() { q.Put("x") })
	if err, ok := r.(error); !ok || err.Error() != "TypeError: '<' not supported between instances of 'str' and 'int'" &&
		err.Error() != "TypeError: '<' not supported between instances of 'int' and 'str'" {
		t.Fatalf("mixing str and int panicked with %v", r)
	}
	// A struct cannot be ordered, but alone in a queue nothing compares it,
	// as Python takes object() into an empty PriorityQueue; the second one
	// is compared, and refused (yet kept, as CPython keeps it).
	var s PriorityQueue
	if r := catch(func() { s.Put(struct{}{}) }); r != nil {
		t.Fatalf("a struct alone in a queue panicked with %v", r)
	}
	if r := catch(func() { s.Put(struct{}{}) }); r == nil {
		t.Fatal("a second struct was compared without a panic")
	}
	if n := s.Qsize(); n != 2 {
		t.Fatalf("after the refused struct, qsize %d, want CPython's 2", n)
	}
	// As in CPython, the refused item is in the heap all the same: qsize
	// counts it, and the get that must compare it with 3 raises (losing 1,
	// as CPython's heappop does); then 3 and "x" come out.
	if n := q.Qsize(); n != 3 {
		t.Fatalf("after a refused put, qsize %d, want CPython's 3", n)
	}
	if r := catch(func() { q.GetNowait() }); r == nil {
		t.Fatal("the get that compares \"x\" with 3 did not panic")
	}
	if got := drain(t, q.GetNowait); !reflect.DeepEqual(got, []any{3, "x"}) {
		t.Fatalf("after the failed get: %v, want CPython's [3 x]", got)
	}
}

func TestBounded(t *testing.T) {
	q := New(2)
	q.Put(1)
	if err := q.PutNowait(2); err != nil {
		t.Fatal(err)
	}
	if !q.Full() {
		t.Fatal("not full")
	}
	if err := q.PutNowait(3); err != ErrFull {
		t.Fatalf("PutNowait on a full queue: %v", err)
	}
	if err := q.PutTimeout(3, 50*time.Millisecond); err != ErrFull {
		t.Fatalf("PutTimeout on a full queue: %v", err)
	}
	// A blocked Put completes when a Get makes room, after the items before it.
	done := make(chan struct{})
	go func() { q.Put(3); close(done) }()
	waitBlocked(t, 1)
	if q.Get() != 1 {
		t.Fatal("wrong first item")
	}
	<-done
	if got := drain(t, q.GetNowait); !reflect.DeepEqual(got, []any{2, 3}) {
		t.Fatalf("after blocked put: %v", got)
	}
	if q.UnfinishedTasks() != 3 {
		t.Fatalf("unfinished %d, want 3", q.UnfinishedTasks())
	}
}

func TestGetTimeoutAndNowait(t *testing.T) {
	var q Queue
	if _, err := q.GetNowait(); err != ErrEmpty {
		t.Fatalf("GetNowait: %v", err)
	}
	if _, err := q.GetTimeout(50 * time.Millisecond); err != ErrEmpty {
		t.Fatalf("GetTimeout: %v", err)
	}
	if ErrEmpty.Error() != "queue.Empty" || ErrFull.Error() != "queue.Full" {
		t.Fatal("error messages")
	}
	go func() {
		time.Sleep(10 * time.Millisecond)
		q.Put("x")
	}()
	if x, err := q.GetTimeout(time.Minute); x != "x" || err != nil {
		t.Fatalf("GetTimeout = %v, %v", x, err)
	}
}

func TestTaskDoneAndJoin(t *testing.T) {
	var q Queue
	r := catch(q.TaskDone)
	if err, ok := r.(error); !ok || err.Error() != "ValueError: task_done() called too many times" {
		t.Fatalf("TaskDone on a fresh queue panicked with %v", r)
	}
	q.Join() // nothing to wait for
	for i := 0; i < 3; i++ {
		q.Put(i)
	}
	joined := make(chan struct{})
	go func() { q.Join(); close(joined) }()
	for i := 0; i < 3; i++ {
		q.Get()
		select {
		case <-joined:
			t.Fatalf("Join returned with %d tasks unfinished", 3-i)
		default:
		}
		q.TaskDone()
	}
	<-joined
	if catch(q.TaskDone) == nil {
		t.Fatal("extra TaskDone did not panic")
	}
}

func TestShutdown(t *testing.T) {
	q := New(1)
	q.Put("left")
	putErr := make(chan error)
	go func() { putErr <- q.PutTimeout("blocked", time.Hour) }()
	time.Sleep(10 * time.Millisecond)
	q.Shutdown(false)
	if err := <-putErr; err != ErrShutDown {
		t.Fatalf("blocked put after shutdown: %v", err)
	}
	if err := q.PutNowait(1); err != ErrShutDown {
		t.Fatalf("PutNowait after shutdown: %v", err)
	}
	if r := catch(func() { q.Put(1) }); r != ErrShutDown {
		t.Fatalf("Put after shutdown panicked with %v", r)
	}
	if x := q.Get(); x != "left" {
		t.Fatalf("Get after shutdown = %v, want the item left", x)
	}
	if _, err := q.GetNowait(); err != ErrShutDown {
		t.Fatalf("GetNowait on an empty shut-down queue: %v", err)
	}
	if r := catch(func() { q.Get() }); r != ErrShutDown {
		t.Fatalf("Get on an empty shut-down queue panicked with %v", r)
	}

	// A blocked Get returns; immediate shutdown releases Join.
	var q2 Queue
	getErr := make(chan error)
	go func() { _, err := q2.GetTimeout(time.Hour); getErr <- err }()
	time.Sleep(10 * time.Millisecond)
	q2.Shutdown(false)
	if err := <-getErr; err != ErrShutDown {
		t.Fatalf("blocked get after shutdown: %v", err)
	}
	var q3 Queue
	q3.Put(1)
	q3.Put(2)
	joined := make(chan struct{})
	go func() { q3.Join(); close(joined) }()
	q3.Shutdown(true)
	<-joined
	if !q3.Empty() {
		t.Fatal("immediate shutdown left items")
	}
}

func TestInterruptGetPutJoin(t *testing.T) {
	waits.Reset()
	s := hook.NewScope(1, nil, nil)
	var empty Queue
	full := New(1)
	full.Put(0)
	var unjoined Queue
	unjoined.Put(0)
	r := make(chan any, 3)
	go in(s, func() { r <- catch(func() { empty.Get() }) })
	go in(s, func() { r <- catch(func() { full.Put(1) }) })
	go in(s, func() { r <- catch(unjoined.Join) })
	waitBlocked(t, 3)
	s.Interrupt()
	for i := 0; i < 3; i++ {
		if got := <-r; !hook.IsInterrupt(got) {
			t.Fatalf("interrupted call panicked with %v", got)
		}
	}
	// The queues are intact.
	empty.Put("a")
	if x, err := empty.GetNowait(); x != "a" || err != nil {
		t.Fatalf("after interrupted Get: %v %v", x, err)
	}
	if full.Qsize() != 1 || full.Get() != 0 {
		t.Fatal("interrupted Put changed the queue")
	}
}

func TestManyProducersConsumers(t *testing.T) {
	q := New(8)
	const producers, consumers, per = 4, 3, 500
	var wg sync.WaitGroup
	results := make(chan int, producers*per)
	for c := 0; c < consumers; c++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				x := q.Get()
				if x == nil {
					return
				}
				results <- x.(int)
				q.TaskDone()
			}
		}()
	}
	var pwg sync.WaitGroup
	for p := 0; p < producers; p++ {
		pwg.Add(1)
		go func() {
			defer pwg.Done()
			for i := 0; i < per; i++ {
				q.Put(p*per + i)
			}
		}()
	}
	pwg.Wait()
	q.Join()
	for c := 0; c < consumers; c++ {
		q.Put(nil)
	}
	wg.Wait()
	close(results)
	var got []int
	for x := range results {
		got = append(got, x)
	}
	sort.Ints(got)
	if len(got) != producers*per {
		t.Fatalf("got %d items, want %d", len(got), producers*per)
	}
	for i, x := range got {
		if x != i {
			t.Fatalf("item %d missing or duplicated", i)
		}
	}
}

func TestSimpleQueue(t *testing.T) {
	var q SimpleQueue
	q.Put(1)
	q.PutNowait(2)
	if q.Qsize() != 2 || q.Get() != 1 {
		t.Fatal("SimpleQueue order")
	}
	if x, _ := q.GetNowait(); x != 2 {
		t.Fatal("SimpleQueue second item")
	}
	if _, err := q.GetTimeout(10 * time.Millisecond); err != ErrEmpty || !q.Empty() {
		t.Fatal("SimpleQueue empty")
	}
}

func TestStringAndNames(t *testing.T) {
	waits.Reset()
	var a, b Queue
	b.Put(1)
	n := Queue{Name: "jobs"}
	if a.String() != "<Queue#1 qsize=0>" || b.String() != "<Queue#2 qsize=1>" || n.String() != `<Queue "jobs" qsize=0>` {
		t.Fatalf("%s %s %s", &a, &b, &n)
	}
	if s := NewLifoQueue(0).String(); s != "<LifoQueue#1 qsize=0>" {
		t.Fatal(s)
	}
}

// Equal priorities are ordered by the value, as Python compares the tuples
// (1, "zebra") and (1, "apple"); an Item prints as Python prints the tuple.
// Expected output from python3 of the same program (puts of tuples, then
// print(pq.get()) until empty):
//
//	(0.5, 'half')
//	(1, 'apple')
//	(1, 'mango')
//	(1, 'zebra')
//	(2, 'b')
func TestPriorityItemsOrderedByValue(t *testing.T) {
	var q PriorityQueue
	q.Put(Item{1, "zebra"})
	q.Put(Item{2, "b"})
	q.Put(Item{1, "apple"})
	q.Put(Item{0.5, "half"})
	q.Put(Item{1, "mango"})
	var got []string
	for !q.Empty() {
		got = append(got, fmt.Sprint(q.Get()))
	}
	want := []string{"(0.5, 'half')", "(1, 'apple')", "(1, 'mango')", "(1, 'zebra')", "(2, 'b')"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Values that cannot be ordered (Python would raise TypeError) keep the
// order they were put in; the priority still comes first.
func TestPriorityUnorderableValuesKeepTheirOrder(t *testing.T) {
	type job struct{ name string }
	var q PriorityQueue
	q.Put(Item{1, job{"first"}})
	q.Put(Item{1, job{"second"}})
	q.Put(Item{0, job{"urgent"}})
	q.Put(Item{1, job{"third"}})
	var got []string
	for !q.Empty() {
		got = append(got, q.Get().(Item).Value.(job).name)
	}
	if want := []string{"urgent", "first", "second", "third"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

// Item.String prints Python's repr of the tuple: strings quoted, bools as
// True/False, nil as None, whole floats with ".0", nested tuples. From
// python3: print((2, True), (1, None), (1.0, "it's"), (3, (1, 2)), (3, (1,)))
//
//	(2, True) (1, None) (1.0, "it's") (3, (1, 2)) (3, (1,))
func TestItemStringIsPythonsRepr(t *testing.T) {
	got := fmt.Sprint(Item{2, true}, " ", Item{1, nil}, " ", Item{1.0, "it's"}, " ", Item{3, []any{1, 2}}, " ", Item{3, []any{1}})
	if want := `(2, True) (1, None) (1.0, "it's") (3, (1, 2)) (3, (1,))`; got != want {
		t.Errorf("got %s\nwant %s", got, want)
	}
}

// A negative timeout is a programming error that Python reports at once:
// get(timeout=-1) raises ValueError whether or not an item is there, and so
// does put(timeout=-1) on a bounded queue (an unbounded queue never waits,
// so its put ignores the timeout).
func TestNegativeTimeoutPanics(t *testing.T) {
	const want = "ValueError: 'timeout' must be a non-negative number"
	panics := func(name string, f func()) {
		t.Helper()
		defer func() {
			r := recover()
			err, ok := r.(error)
			if !ok || err.Error() != want {
				t.Errorf("%s: recovered %v, want the error %q", name, r, want)
			}
		}()
		f()
	}
	q := New(1)
	q.Put(1)
	panics("Queue.GetTimeout with an item", func() { q.GetTimeout(-time.Second) })
	panics("Queue.PutTimeout on a full queue", func() { q.PutTimeout(2, -time.Second) })
	l := NewLifoQueue(0)
	panics("LifoQueue.GetTimeout", func() { l.GetTimeout(-time.Millisecond) })
	p := NewPriorityQueue(2)
	panics("PriorityQueue.PutTimeout on a bounded queue", func() { p.PutTimeout(1, -time.Second) })
	panics("PriorityQueue.GetTimeout", func() { p.GetTimeout(-time.Second) })
	s := NewSimpleQueue()
	s.Put(1)
	panics("SimpleQueue.GetTimeout", func() { s.GetTimeout(-time.Second) })
	u := New(0)
	if err := u.PutTimeout(1, -time.Second); err != nil || u.Qsize() != 1 {
		t.Errorf("unbounded PutTimeout(-1s): %v, qsize %d; want nil, 1 (Python ignores the timeout)", err, u.Qsize())
	}
	if q.Qsize() != 1 || s.Qsize() != 1 || p.Qsize() != 0 {
		t.Errorf("a refused call changed a queue: qsize %d %d %d", q.Qsize(), s.Qsize(), p.Qsize())
	}
}

// Items that compare equal but differ (2 and 2.0) come out in the order of
// CPython's heapq, not in the order they were put: python3 -c 'import
// queue; q = queue.PriorityQueue(); [q.put(x) for x in [3, 1, 3, 1, 2,
// 2.0, -0.5]]; print([q.get() for _ in range(7)])' prints
// [-0.5, 1, 1, 2.0, 2, 3, 3].
func TestPriorityEqualItemsFollowHeapq(t *testing.T) {
	q := NewPriorityQueue(0)
	for _, x := range []any{3, 1, 3, 1, 2, 2.0, -0.5} {
		q.Put(x)
	}
	var got []any
	for !q.Empty() {
		got = append(got, q.Get())
	}
	if want := []any{-0.5, 1, 1, 2.0, 2, 3, 3}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %#v, want CPython's %#v", got, want)
	}
}

// A NaN is neither less nor greater than a number (Python's <), so it
// stays where heapq's sifts leave it; cmp.Compare put it first.
// Expected values from python3.
func TestPriorityNaNFollowsHeapq(t *testing.T) {
	nan := math.NaN()
	for _, c := range []struct{ in, want []float64 }{
		{[]float64{3, nan, 1, 2, nan, 0.5}, []float64{0.5, 1, 3, nan, nan, 2}},
		{[]float64{math.Inf(1), nan, math.Inf(-1), 0}, []float64{math.Inf(-1), 0, nan, math.Inf(1)}},
	} {
		q := NewPriorityQueue(0)
		for _, x := range c.in {
			q.Put(x)
		}
		var got []string
		for !q.Empty() {
			got = append(got, fmt.Sprint(q.Get()))
		}
		if want := fmt.Sprint(c.want); fmt.Sprint(got) != want {
			t.Errorf("%v: got %v, want CPython's %s", c.in, got, want)
		}
	}
}

// Python compares tuples with == before <: equal elements that cannot be
// ordered (None, dicts) raise no TypeError; only the first pair of elements
// that differ is ordered with <.
func TestPriorityTupleEqualElementsNotOrdered(t *testing.T) {
	nones := NewPriorityQueue(0)
	for _, it := range [][]any{{1, nil}, {2, nil}, {1, nil}} {
		if r := catch(func() { nones.Put(it) }); r != nil {
			t.Fatalf("Put(%v) panicked: %v", it, r)
		}
	}
	dicts := NewPriorityQueue(0)
	for _, it := range [][]any{{1, map[string]int{"a": 1}}, {1, map[string]int{"a": 1}}} {
		if r := catch(func() { dicts.Put(it) }); r != nil {
			t.Fatalf("Put(%v) panicked: %v", it, r)
		}
	}
	r := catch(func() { dicts.Put([]any{1, map[string]int{"b": 2}}) })
	if got, want := fmt.Sprint(r), "TypeError: '<' not supported between instances of 'dict' and 'dict'"; got != want {
		t.Fatalf("(1, {'b': 2}) against (1, {'a': 1}): panic %q, want %q", got, want)
	}
	items := NewPriorityQueue(0)
	items.Put(Item{Priority: nil, Value: "b"})
	items.Put(Item{Priority: nil, Value: "a"})
	if got := items.Get().(Item).Value; got != "a" {
		t.Fatalf("Items of priority None: got %v first, want a (ordered by Value)", got)
	}
}
