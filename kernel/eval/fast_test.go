package eval

import (
	"strings"
	"testing"
)

// Cells call the library through typed fast callers (interp.UseFast) instead
// of reflect.Value.Call. Each form of call (receiver by value, by address,
// through a pointer; results assigned, returned, tested, nested; defer and
// go) must behave as the reflect call did, in a function and at the top
// level.
func TestFastCalls(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	if _, err := runCell(t, s, `import (
	"fmt"
	"sync"
	"github.com/gonotes/gonotes/lib/queue"
	"github.com/gonotes/gonotes/lib/threading"
)`); err != nil {
		t.Fatal(err)
	}
	cases := []struct{ name, code, want string }{
		{"addressable receiver", `var l threading.Lock
l.Acquire(); fmt.Println(l.Locked(), l.TryAcquire()); l.Release(); fmt.Println(l.Locked())`, "true false\nfalse\n"},
		{"pointer receiver", `lp := &threading.Lock{}
lp.Acquire(); fmt.Println(lp.Locked())`, "true\n"},
		{"value method through a pointer", `ip := &queue.Item{Priority: 2, Value: "b"}
fmt.Println(ip.String())`, "(2, 'b')\n"},
		{"value method on a value", `it := queue.Item{Priority: 1, Value: "a"}
fmt.Println(it.String())`, "(1, 'a')\n"},
		{"field of a notebook struct", `type guarded struct { mu threading.Lock; Mu threading.Lock; n int }
g := &guarded{}
g.mu.Acquire(); g.Mu.Acquire(); fmt.Println(g.mu.Locked(), g.Mu.Locked())`, "true true\n"},
		{"nil interface result", `q := queue.New(0); q.Put(nil); v := q.Get(); fmt.Println(v == nil, v)`, "true <nil>\n"},
		{"two results", `q := queue.New(0)
v, err := q.GetNowait(); fmt.Println(v, err)
q.Put(7); v, err = q.GetNowait(); fmt.Println(v, err)`, "<nil> queue.Empty\n7 <nil>\n"},
		{"condition", `var l threading.Lock
if l.TryAcquire() { fmt.Println("got it") }
if !l.TryAcquire() { fmt.Println("held") }`, "got it\nheld\n"},
		{"returned", `func take(q *queue.Queue) any { return q.Get() }
q := queue.New(0); q.Put("x"); fmt.Println(take(q))`, "x\n"},
		{"nested", `a, b := queue.New(0), queue.New(0)
a.Put(3); b.Put(a.Get()); fmt.Println(b.Get(), a.Qsize(), b.Qsize())`, "3 0 0\n"},
		{"defer and go", `func f(l *threading.Lock) { l.Acquire(); defer l.Release() }
var l threading.Lock
f(&l); fmt.Println(l.Locked())
q := queue.New(0)
go q.Put(5)
fmt.Println(q.Get())`, "false\n5\n"},
		{"in a function, many times", `func count(n int) int {
	q := queue.New(0)
	var l threading.Lock
	for i := 0; i < n; i++ { l.Acquire(); q.Put(i); l.Release() }
	t := 0
	for !q.Empty() { t += q.Get().(int) }
	return t
}
fmt.Println(count(1000))`, "499500\n"},
		{"sync.Mutex", `var m sync.Mutex
func inc(p *int) { m.Lock(); defer m.Unlock(); *p++ }
n := 0
for i := 0; i < 10; i++ { inc(&n) }
fmt.Println(n, m.TryLock())`, "10 true\n"},
		{"notebook value as any", `type point struct{ X, Y int }
q := queue.New(0); q.Put(point{1, 2}); fmt.Println(q.Get())`, "{1 2}\n"},
		{"func argument", `th := &threading.Thread{Name: "w"}
th.Target = func() { fmt.Println("in", threading.CurrentThread().Name) }
th.Start(); th.Join()`, "in w\n"},
	}
	for _, c := range cases {
		out, err := runCell(t, s, c.code)
		if err != nil || out != c.want {
			t.Errorf("%s: got %q, %v; want %q", c.name, out, err, c.want)
		}
	}
}

// A panic in a fast-called method reaches the cell as the reflect call's
// did, and the session goes on.
func TestFastCallPanic(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	_, err = runCell(t, s, `import "github.com/gonotes/gonotes/lib/threading"
var l threading.Lock
l.Release()`)
	if err == nil || !strings.Contains(err.Error(), "release unlocked lock") {
		t.Fatalf("releasing an unlocked Lock: %v", err)
	}
	out, err := runCell(t, s, `l.Acquire(); fmt.Println(l.Locked())`)
	if err != nil || out != "true\n" {
		t.Fatalf("after the panic: %q, %v", out, err)
	}
}

// A closure that uses no variable of the frame it is created in runs on
// that frame instead of a copy (yaegi patch, capturesFrame); closures that
// do use one keep their copy. Both must see the variables Go says they see.
func TestClosureCaptures(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Shutdown()
	cases := []struct{ name, code, want string }{
		{"loop variable per iteration", `import ("fmt"; "sync")
func spawn() []int {
	res := make([]int, 5)
	var wg sync.WaitGroup
	for i := 0; i < 5; i++ {
		wg.Add(1)
		go func() { defer wg.Done(); res[i] = i * i }()
	}
	wg.Wait()
	return res
}
fmt.Println(spawn())`, "[0 1 4 9 16]\n"},
		{"saved closures keep their iteration", `func makers() []func() int {
	var fs []func() int
	for i := 0; i < 3; i++ { fs = append(fs, func() int { return i }) }
	return fs
}
for _, f := range makers() { fmt.Print(f(), " ") }
fmt.Println()`, "0 1 2 \n"},
		{"global only", `var counter int
func bump(n int) { inc := func() { counter++ }; for i := 0; i < n; i++ { inc() } }
bump(4); bump(3); fmt.Println(counter)`, "7\n"},
		{"two levels out", `func outer() int {
	x := 1
	func() { func() { x += 10 }() }()
	return x
}
fmt.Println(outer())`, "11\n"},
		{"no capture, then the variable changes", `func later() []int {
	var out []int
	x := 1
	noop := func() {}
	show := func() { out = append(out, x) }
	x = 2
	noop(); show()
	return out
}
fmt.Println(later())`, "[2]\n"},
		{"parameter of the enclosing func", `func adder(k int) func(int) int { return func(v int) int { return v + k } }
a, b := adder(1), adder(100)
fmt.Println(a(1), b(1))`, "2 101\n"},
		{"closure returning a constant as a thread target", `import "github.com/gonotes/gonotes/lib/threading"
func run3() int {
	n := 0
	var mu sync.Mutex
	for i := 0; i < 3; i++ {
		t := &threading.Thread{Target: func() { mu.Lock(); n++; mu.Unlock() }}
		t.Start(); t.Join()
	}
	return n
}
fmt.Println(run3())`, "3\n"},
	}
	for _, c := range cases {
		out, err := runCell(t, s, c.code)
		if err != nil || out != c.want {
			t.Errorf("%s: got %q, %v; want %q", c.name, out, err, c.want)
		}
	}
}
