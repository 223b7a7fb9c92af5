package multiprocessing_test

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	mp "github.com/gonotes/gonotes/lib/multiprocessing"
)

func init() {
	mp.Register(pipeEcho, pipeSendAndExit, waitEvent, listAppend, dictSet, nsSet, valueAdd, arrayFill,
		barrierWait, condWaiter, semHold, joinableWorker, lockHold)
}

func pipeEcho(c *mp.Conn) {
	for {
		v, err := c.Recv()
		if err != nil {
			return
		}
		c.Send(v)
	}
}

func pipeSendAndExit(c *mp.Conn, v any) { c.Send(v) }

func waitEvent(e *mp.Event, q *mp.Queue) {
	q.Put("waiting")
	e.Wait()
	q.Put("saw the event")
}

func listAppend(l *mp.ListProxy, x int) { l.Append(x) }

func dictSet(d *mp.DictProxy, k string, v int) { d.Set(k, v) }

func nsSet(ns *mp.Namespace, name string, v any) { ns.Set(name, v) }

func valueAdd(v *mp.Value, n int) {
	for i := 0; i < n; i++ {
		v.Acquire()
		v.Set(v.Get().(int) + 1)
		v.Release()
	}
}

func arrayFill(a *mp.Array) {
	for i := 0; i < a.Len(); i++ {
		a.Set(i, float64(i)/2)
	}
}

func barrierWait(b *mp.Barrier, q *mp.Queue) {
	i, err := b.Wait()
	q.Put([]any{i, err == nil})
}

func condWaiter(c *mp.Condition, q *mp.Queue) {
	c.Acquire()
	q.Put("ready")
	c.Wait()
	q.Put("notified")
	c.Release()
}

func semHold(s *mp.Semaphore, q *mp.Queue, release *mp.Event) {
	s.Acquire()
	q.Put("got")
	release.Wait()
	s.Release()
}

func lockHold(l *mp.Lock, q *mp.Queue, release *mp.Event) {
	l.Acquire()
	q.Put("locked")
	release.Wait()
	l.Release()
}

func joinableWorker(in *mp.JoinableQueue, out *mp.Queue) {
	for {
		v := in.Get()
		if v == nil {
			in.TaskDone()
			return
		}
		out.Put(v.(int) * 2)
		in.TaskDone()
	}
}

func TestPipeRoundTrip(t *testing.T) {
	parent, child := mp.Pipe()
	p := &mp.Process{Target: pipeEcho, Args: []any{child}}
	start(t, p)
	child.Close() // the parent's copy; the child keeps its own
	for _, v := range []any{1, "둘", 3.5, []int{4}, map[string]bool{"five": true}} {
		if err := parent.Send(v); err != nil {
			t.Fatal(err)
		}
		got, err := parent.Recv()
		if err != nil || fmtAny(got) != fmtAny(v) {
			t.Errorf("echo of %v: %v, %v", v, got, err)
		}
	}
	if parent.Poll() {
		t.Error("Poll: data left")
	}
	parent.Close() // the child's Recv gets EOF and the child ends
	p.Join()
	if p.ExitCode() != 0 {
		t.Errorf("exit %v", p.ExitCode())
	}
	if _, err := parent.Recv(); err == nil || err.Error() != "OSError: handle is closed" {
		t.Errorf("Recv on closed: %v", err)
	}

	// The child ends: once every holder of its end is gone, Recv says EOF.
	r, w := mp.Pipe(false)
	p = &mp.Process{Target: pipeSendAndExit, Args: []any{w, "last words"}}
	start(t, p)
	w.Close()
	if v, err := r.Recv(); v != "last words" || err != nil {
		t.Errorf("Recv = %v, %v", v, err)
	}
	if v, err := r.Recv(); err != io.EOF {
		t.Errorf("Recv after the child ended = %v, %v; want EOF", v, err)
	}
	p.Join()
	if err := r.Send(1); err == nil {
		t.Error("Send on a read-only end: no error")
	}
}

func TestLockAndValueAcrossProcesses(t *testing.T) {
	v := mp.NewValue("i", 0)
	ps := []*mp.Process{{Target: valueAdd, Args: []any{v, 300}}, {Target: valueAdd, Args: []any{v, 300}}}
	for _, p := range ps {
		start(t, p)
	}
	valueAdd(v, 300)
	for _, p := range ps {
		p.Join()
	}
	if got := v.Get(); got != 900 {
		t.Errorf("counter = %v, want 900", got)
	}
	if v.String() != "<Synchronized wrapper for c_int(900)>" {
		t.Errorf("String = %s", v)
	}

	l, q, release := mp.NewLock(), mp.NewQueue(), mp.NewEvent()
	p := &mp.Process{Target: lockHold, Args: []any{l, q, release}}
	start(t, p)
	q.Get()
	if l.TryAcquire() || l.AcquireTimeout(20*time.Millisecond) || !l.Locked() {
		t.Error("took a lock the child holds")
	}
	release.Set()
	if !l.Acquire() {
		t.Error("Acquire")
	}
	l.Release()
	p.Join()
	mustPanic(t, "ValueError: semaphore or lock released too many times", l.Release)

	a := mp.NewArray("d", 4)
	p = &mp.Process{Target: arrayFill, Args: []any{a}}
	start(t, p)
	p.Join()
	if got := fmtAny(a.Slice()); got != "[0 0.5 1 1.5]" {
		t.Errorf("array = %s", got)
	}
}

func TestEventSemaphoreBarrierCondition(t *testing.T) {
	e, q := mp.NewEvent(), mp.NewQueue()
	p := &mp.Process{Target: waitEvent, Args: []any{e, q}}
	start(t, p)
	if q.Get() != "waiting" {
		t.Fatal("no waiting")
	}
	if e.IsSet() || e.WaitTimeout(10*time.Millisecond) {
		t.Error("event set")
	}
	e.Set()
	if q.Get() != "saw the event" {
		t.Error("child did not see the event")
	}
	p.Join()

	s, release := mp.NewSemaphore(2), mp.NewEvent()
	var ps []*mp.Process
	for i := 0; i < 2; i++ {
		ps = append(ps, &mp.Process{Target: semHold, Args: []any{s, q, release}})
		start(t, ps[i])
	}
	q.Get()
	q.Get()
	if s.TryAcquire() || s.GetValue() != 0 {
		t.Error("semaphore over-acquired")
	}
	release.Set()
	for _, p := range ps {
		p.Join()
	}
	if s.GetValue() != 2 {
		t.Errorf("value %d", s.GetValue())
	}
	bs := mp.NewBoundedSemaphore(1)
	mustPanic(t, "ValueError: semaphore or lock released too many times", bs.Release)

	b := mp.NewBarrier(3)
	ps = nil
	for i := 0; i < 2; i++ {
		ps = append(ps, &mp.Process{Target: barrierWait, Args: []any{b, q}})
		start(t, ps[i])
	}
	idx, err := b.Wait()
	if err != nil {
		t.Fatal(err)
	}
	seen := []int{idx}
	for i := 0; i < 2; i++ {
		r := q.Get().([]any)
		if r[1] != true {
			t.Error("broken barrier in child")
		}
		seen = append(seen, r[0].(int))
	}
	sort.Ints(seen)
	if fmtAny(seen) != "[0 1 2]" {
		t.Errorf("arrival indexes %v", seen)
	}
	for _, p := range ps {
		p.Join()
	}
	if _, err := b.WaitTimeout(10 * time.Millisecond); !errors.Is(err, mp.ErrBrokenBarrier) || !b.Broken() {
		t.Errorf("timed-out barrier: %v", err)
	}

	c := mp.NewCondition(nil)
	p = &mp.Process{Target: condWaiter, Args: []any{c, q}}
	start(t, p)
	if q.Get() != "ready" {
		t.Fatal()
	}
	c.Acquire() // the child released it in Wait
	c.Notify()
	c.Release()
	if q.Get() != "notified" {
		t.Error("not notified")
	}
	p.Join()
	mustPanic(t, "AssertionError: lock is not owned", func() { c.Notify() })
}

func TestJoinableQueue(t *testing.T) {
	in, out := mp.NewJoinableQueue(), mp.NewQueue()
	p := &mp.Process{Target: joinableWorker, Args: []any{in, out}}
	start(t, p)
	for i := 1; i <= 5; i++ {
		in.Put(i)
	}
	in.Join()
	if out.Qsize() != 5 {
		t.Errorf("Qsize %d", out.Qsize())
	}
	in.Put(nil)
	p.Join()
	mustPanic(t, "ValueError: task_done() called too many times", in.TaskDone)
}

func TestManager(t *testing.T) {
	m := mp.NewManager()
	l, d, ns := m.List(), m.Dict(), m.Namespace()
	var ps []*mp.Process
	for i := 0; i < 3; i++ {
		ps = append(ps,
			&mp.Process{Target: listAppend, Args: []any{l, i}},
			&mp.Process{Target: dictSet, Args: []any{d, "k" + strconv.Itoa(i), i * 10}},
			&mp.Process{Target: nsSet, Args: []any{ns, "x" + strconv.Itoa(i), i}})
	}
	for _, p := range ps {
		start(t, p)
	}
	for _, p := range ps {
		p.Join()
	}
	items := l.Copy()
	sort.Slice(items, func(i, j int) bool { return items[i].(int) < items[j].(int) })
	if fmtAny(items) != "[0 1 2]" || l.Len() != 3 {
		t.Errorf("list %v", l)
	}
	if d.Len() != 3 || d.Get("k2") != 20 || !d.Has("k0") || d.Get("nope") != nil {
		t.Errorf("dict %v", d)
	}
	if ns.Get("x1") != 1 {
		t.Errorf("namespace %v", ns)
	}
	mustPanic(t, "AttributeError: 'Namespace' object has no attribute 'nope'", func() { ns.Get("nope") })
	ns.Delete("x1")
	mustPanic(t, "AttributeError: 'Namespace' object has no attribute 'x1'", func() { ns.Delete("x1") })
	if v, ok := ns.Lookup("nope"); ok || v != nil {
		t.Errorf("Lookup of an unset attribute: %v, %v", v, ok)
	}
	l.Insert(0, "first")
	if l.Get(0) != "first" || l.Get(-1) == nil || l.Pop(0) != "first" || l.Count(1) != 1 {
		t.Errorf("list ops %v", l)
	}
	mustPanic(t, "IndexError: list index out of range", func() { l.Get(10) })
	if err := l.Remove("zzz"); err == nil || err.Error() != "ValueError: list.remove(x): x not in list" {
		t.Errorf("Remove: %v", err)
	}
	d2 := m.Dict()
	d2.Set("a", 1)
	d2.Set("b", []int{2})
	if d2.String() != "{'a': 1, 'b': [2]}" {
		t.Errorf("dict String %s", d2)
	}
	q := m.Queue()
	q.Put(1)
	m.Shutdown()
	if err := l.Append(1); err == nil || !strings.Contains(err.Error(), "has shut down") {
		t.Errorf("after Shutdown: %v", err)
	}
}

// A grandchild reaches an object of the main process through the main
// process's socket, which it may only use after proving it holds the
// session's key (given by its parent on the socket pair it inherits).
func TestGrandchildReachesOwner(t *testing.T) {
	q := mp.NewQueue()
	p := &mp.Process{Target: relay, Args: []any{q, 3}}
	start(t, p)
	p.Join()
	if p.ExitCode() != 0 {
		t.Fatalf("relay exit code %v", p.ExitCode())
	}
	sum := 0
	for i := 0; i < 3; i++ {
		v, err := q.GetTimeout(10 * time.Second)
		if err != nil {
			t.Fatalf("item %d: %v", i, err)
		}
		sum += v.(int)
	}
	if sum != 0+1+2 {
		t.Errorf("sum %d", sum)
	}
}

func TestOrphans(t *testing.T) {
	q := mp.NewQueue()
	helper := &mp.Process{Target: spawnGrandchild, Args: []any{q}}
	start(t, helper)
	gpid := q.Get().(int)
	if !alive(gpid) {
		t.Fatal("grandchild not running")
	}
	syscall.Kill(helper.Pid(), syscall.SIGKILL)
	helper.Join()
	deadline := time.Now().Add(20 * time.Second)
	for alive(gpid) {
		if time.Now().After(deadline) {
			syscall.Kill(gpid, syscall.SIGKILL)
			t.Fatalf("grandchild %d survived its parent", gpid)
		}
		time.Sleep(10 * time.Millisecond)
	}
}

// alive reports whether pid runs (a zombie does not count).
func alive(pid int) bool {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat")
	if err != nil {
		return false
	}
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i < 0 || i+2 >= len(s) || s[i+2] != 'Z'
}

func TestZeroValues(t *testing.T) {
	var bs mp.BoundedSemaphore
	if !bs.TryAcquire() || bs.TryAcquire() {
		t.Error("zero BoundedSemaphore is not 1")
	}
	bs.Release()
	mustPanic(t, "ValueError: semaphore or lock released too many times", bs.Release)
	if bs.String() != "<BoundedSemaphore(value=1, maxvalue=1)>" { // Python: BoundedSemaphore()
		t.Errorf("String %s", &bs)
	}
	var s mp.Semaphore
	s.Release()
	if s.GetValue() != 2 {
		t.Errorf("zero Semaphore released: %d", s.GetValue())
	}
	var l mp.RLock
	l.Acquire()
	l.Acquire()
	l.Release()
	l.Release()
	mustPanic(t, "AssertionError: attempt to release recursive lock not owned by thread", l.Release)
	var e mp.Event
	if e.IsSet() || e.String() != fmt.Sprintf("<Event at %p unset>", &e) {
		t.Error("zero Event")
	}
	var c mp.Condition
	c.Acquire()
	if c.WaitTimeout(time.Millisecond) {
		t.Error("notified")
	}
	c.Release()
}

// The reprs of the synchronisation objects are Python's, their owner seen
// from the caller. From python3 (in the main process):
//
//	<Lock(owner=None)>, <Lock(owner=MainProcess)> acquired,
//	<Lock(owner=SomeOtherThread)> acquired by another thread,
//	<RLock(None, 0)>, <RLock(MainProcess, 2)> acquired twice,
//	<BoundedSemaphore(value=2, maxvalue=2)>, <Condition(<RLock(None, 0)>, 0)>
//	BoundedSemaphore(3) acquired once: <BoundedSemaphore(value=2, maxvalue=3)>
//	a thread waiting in c.wait(): <Condition(<RLock(None, 0)>, 1)>,
//	  and c acquired: <Condition(<RLock(MainProcess, 1)>, 1)>
func TestSyncReprsAsPython(t *testing.T) {
	l := mp.NewLock()
	check := func(got fmt.Stringer, want string) {
		t.Helper()
		if s := got.String(); s != want {
			t.Errorf("got %s, want %s", s, want)
		}
	}
	check(l, "<Lock(owner=None)>")
	l.Acquire()
	check(l, "<Lock(owner=MainProcess)>")
	done := make(chan string)
	go func() { done <- l.String() }()
	if s := <-done; s != "<Lock(owner=SomeOtherThread)>" {
		t.Errorf("seen from another thread: %s", s)
	}
	l.Release()
	r := mp.NewRLock()
	check(r, "<RLock(None, 0)>")
	r.Acquire()
	r.Acquire()
	check(r, "<RLock(MainProcess, 2)>")
	r.Release()
	r.Release()
	check(mp.NewBoundedSemaphore(2), "<BoundedSemaphore(value=2, maxvalue=2)>")
	check(mp.NewCondition(nil), "<Condition(<RLock(None, 0)>, 0)>")
	bs := mp.NewBoundedSemaphore(3)
	bs.Acquire()
	check(bs, "<BoundedSemaphore(value=2, maxvalue=3)>")
	c := mp.NewCondition(nil)
	woken := make(chan struct{})
	go func() {
		c.Acquire()
		c.Wait()
		c.Release()
		close(woken)
	}()
	for !strings.HasSuffix(c.String(), ", 1)>") { // until the thread waits
		runtime.Gosched()
	}
	check(c, "<Condition(<RLock(None, 0)>, 1)>")
	c.Acquire()
	check(c, "<Condition(<RLock(MainProcess, 1)>, 1)>")
	c.Notify()
	c.Release()
	<-woken
}

// The "c" typecode, Python's c_char: bytes of length 1, and a "c" array's
// value (up to the first zero byte) and raw bytes.
func TestCharValueArray(t *testing.T) {
	c := mp.NewValue("c", []byte("a"))
	if got := c.String(); got != "<Synchronized wrapper for c_char(b'a')>" {
		t.Errorf("String: %s", got)
	}
	c.Set(byte('z'))
	if got := c.Get().([]byte); string(got) != "z" {
		t.Errorf("Get after Set(byte): %q", got)
	}
	mustPanic(t, "TypeError: one character bytes, bytearray or integer expected, not string", func() { c.Set("too long") })
	a := mp.NewArray("c", "hi")
	a.SetValue([]byte("H"))
	if string(a.Raw()) != "H\x00" || string(a.Value()) != "H" || a.Len() != 2 {
		t.Errorf("after SetValue: raw %q value %q", a.Raw(), a.Value())
	}
	mustPanic(t, "ValueError: byte string too long", func() { a.SetValue([]byte("abc")) })
	mustPanic(t, "AttributeError: 'i' array has no attribute 'value' (only a 'c' array has)", func() { mp.NewArray("i", 2).SetValue(nil) })
}

// SendBytes and RecvBytes carry bytes, as Python's send_bytes and
// recv_bytes; RecvBytes refuses a value sent by Send.
func TestPipeBytes(t *testing.T) {
	a, b := mp.Pipe()
	if err := a.SendBytes([]byte("hi")); err != nil {
		t.Fatal(err)
	}
	a.SendBytes(nil)
	a.Send(42)
	if got, err := b.RecvBytes(); err != nil || string(got) != "hi" {
		t.Errorf("RecvBytes: %q, %v", got, err)
	}
	if got, err := b.RecvBytes(); err != nil || got == nil || len(got) != 0 {
		t.Errorf("RecvBytes of empty bytes: %#v, %v", got, err)
	}
	if _, err := b.RecvBytes(); err == nil {
		t.Error("RecvBytes of an int: no error")
	}
	a.Close()
	if _, err := b.RecvBytes(); err != io.EOF {
		t.Errorf("RecvBytes after Close: %v, want io.EOF", err)
	}
}

func TestListProxyReverse(t *testing.T) {
	m := mp.NewManager()
	defer m.Shutdown()
	l := m.List(1, "two", 3.0)
	l.Reverse()
	if got := l.String(); got != "[3.0, 'two', 1]" {
		t.Fatalf("after Reverse: %s, want [3.0, 'two', 1]", got)
	}
	e := m.List()
	e.Reverse()
	if e.Len() != 0 {
		t.Fatal("an empty list reversed is not empty")
	}
}

// Update keeps the order of [][]any pairs (Python's update of a list of
// pairs or a dict literal) and adds a map's new keys in sorted order.
func TestDictUpdateOrder(t *testing.T) {
	m := mp.NewManager()
	defer m.Shutdown()
	d := m.Dict()
	d.Set("z", 0)
	if err := d.Update([][]any{{"b", 1}, {"a", 2}, {"z", 3}}); err != nil {
		t.Fatal(err)
	}
	if err := d.Update(map[string]int{"y": 4, "c": 5, "x": 6}); err != nil {
		t.Fatal(err)
	}
	if got, want := d.String(), "{'z': 3, 'b': 1, 'a': 2, 'c': 5, 'x': 6, 'y': 4}"; got != want {
		t.Fatalf("after the updates: %s, want %s", got, want)
	}
	if err := d.Update([][]any{{"bad"}}); err == nil || err.Error() != "ValueError: dictionary update sequence element #0 has length 1; 2 is required" {
		t.Fatalf("a pair of one element: %v", err)
	}
}

// A Namespace shows its attributes sorted, as CPython's repr, and keeps a
// name starting with _ to the proxy (Python's NamespaceProxy): not shared,
// not shown.
func TestNamespaceReprAndPrivateNames(t *testing.T) {
	m := mp.NewManager()
	defer m.Shutdown()
	ns := m.Namespace()
	ns.Set("zeta", 1)
	ns.Set("alpha", "a")
	ns.Set("_own", 2)
	if got, want := ns.String(), "Namespace(alpha='a', zeta=1)"; got != want {
		t.Fatalf("repr %s, want %s", got, want)
	}
	if v, ok := ns.Lookup("_own"); !ok || v != 2 {
		t.Fatalf("_own: %v, %v", v, ok)
	}
	mustPanic(t, "AttributeError: 'NamespaceProxy' object has no attribute '_missing'", func() { ns.Get("_missing") })
}

// An Array takes Python's negative indices (-1 is the last element); out
// of range either way is IndexError.
func TestArrayNegativeIndex(t *testing.T) {
	a := mp.NewArray("i", []int{1, 2, 3})
	a.Set(-1, 30)
	a.Set(-3, 10)
	if got := fmt.Sprint(a.Slice(), a.Get(-2), a.Get(-1)); got != "[10 2 30] 2 30" {
		t.Errorf("got %s", got)
	}
	mustPanic(t, "IndexError: invalid index", func() { a.Get(-4) })
	mustPanic(t, "IndexError: invalid index", func() { a.Set(3, 1) })
}

// A closed SimpleQueue handle fails as CPython's: OSError, not the
// ValueError of a closed Queue.
func TestSimpleQueueClosed(t *testing.T) {
	q := mp.NewSimpleQueue()
	q.Put(1)
	if v := q.Get(); v != 1 {
		t.Fatalf("Get = %v", v)
	}
	q.Close()
	if err := q.Put(2); err == nil || err.Error() != "OSError: handle is closed" {
		t.Errorf("Put after Close: %v", err)
	}
	mustPanic(t, "OSError: handle is closed", func() { q.Get() })
	mustPanic(t, "OSError: handle is closed", func() { q.Empty() })
	q.Close()
}

// NewArray's wrong initial values are Python's TypeErrors.
func TestArrayInitTypeErrors(t *testing.T) {
	mustPanic(t, "TypeError: 'str' object cannot be interpreted as an integer", func() { mp.NewArray("i", "abc") })
	mustPanic(t, "TypeError: must be real number, not str", func() { mp.NewArray("d", "xy") })
	mustPanic(t, "TypeError: object of type 'float' has no len()", func() { mp.NewArray("i", 2.5) })
	if got := fmt.Sprint(mp.NewArray("i", []int{1, 2}).Slice()); got != "[1 2]" {
		t.Errorf("NewArray(i, [1 2]) = %s", got)
	}
}

// An "L" or "Q" value above math.MaxInt64 is a uint64, as Python's big
// unsigned int, not a wrapped negative int.
func TestUnsignedValueAboveMaxInt(t *testing.T) {
	v := mp.NewValue("Q", -1)
	if got, ok := v.Get().(uint64); !ok || got != ^uint64(0) {
		t.Errorf("Value(Q, -1) = %v (%T)", v.Get(), v.Get())
	}
	if got := v.String(); got != "<Synchronized wrapper for c_ulong(18446744073709551615)>" {
		t.Errorf("String = %s", got)
	}
	if got := mp.NewValue("L", 5).Get(); got != 5 {
		t.Errorf("Value(L, 5) = %v (%T), want the int 5", got, got)
	}
}
