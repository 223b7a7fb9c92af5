package eval

import (
	"strconv"
	"testing"

	"github.com/gonotes/gonotes/lib/hook"
)

// benchLoop measures an interpreted loop of 100,000 iterations (ns/op is
// per loop, divide by 1e5 for one iteration), with or without the
// interrupt check at the top of its body.
func benchLoop(b *testing.B, check bool) {
	benchSum(b, "func sum(n int) int { t := 0; for i := 0; i < n; i++ { t += i }; return t }", check)
}

// benchSum compiles src, which declares func sum(n int) int returning
// 0+1+...+n-1, and measures sum(100000) (ns/op is per call).
func benchSum(b *testing.B, src string, check bool) {
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Shutdown()
	s.noLoopCheck = !check
	scope := hook.NewScope(1, nil, nil)
	if _, err := s.Execute(bg, scope, src); err != nil {
		b.Fatal(err)
	}
	f, err := s.Lookup("sum")
	if err != nil {
		b.Fatal(err)
	}
	sum := f.(func(int) int)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if sum(100000) != 4999950000 {
			b.Fatal("wrong sum")
		}
	}
}

func BenchmarkLoopWithCheck(b *testing.B)    { benchLoop(b, true) }
func BenchmarkLoopWithoutCheck(b *testing.B) { benchLoop(b, false) }

// BenchmarkExecute measures a trivial cell: split, compile, run, result.
func BenchmarkExecute(b *testing.B) {
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Shutdown()
	scope := hook.NewScope(1, nil, nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Execute(bg, scope, "1 + 2"); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkExecuteBigNotebook measures the same trivial cell in a notebook
// that already declared 300 funcs and 300 variables (one cell each): a
// cell's own cost should not grow with the notebook.
func BenchmarkExecuteBigNotebook(b *testing.B) {
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Shutdown()
	for i := 0; i < 300; i++ {
		n := strconv.Itoa(i)
		for _, src := range []string{"func f" + n + "(x int) int { return x + " + n + " }", "v" + n + " := f" + n + "(1)"} {
			if _, err := s.Execute(bg, hook.NewScope(int64(i+1), nil, nil), src); err != nil {
				b.Fatal(err)
			}
		}
	}
	scope := hook.NewScope(1000, nil, nil)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := s.Execute(bg, scope, "1 + 2"); err != nil {
			b.Fatal(err)
		}
	}
}

// benchCell defines fn (a func(n int) of the cell) and runs it with
// n = b.N, so ns/op is the interpreted cost of one iteration of fn's loop.
func benchCell(b *testing.B, src string) {
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Shutdown()
	scope := hook.NewScope(1, nil, nil)
	if _, err := s.Execute(bg, scope, src); err != nil {
		b.Fatal(err)
	}
	f, err := s.Lookup("fn")
	if err != nil {
		b.Fatal(err)
	}
	fn := f.(func(int))
	fn(1000)
	b.ResetTimer()
	fn(b.N)
}

// BenchmarkCellLock is Lock.Acquire + Lock.Release from a cell.
func BenchmarkCellLock(b *testing.B) {
	benchCell(b, `import "github.com/gonotes/gonotes/lib/threading"
var l threading.Lock
func fn(n int) { for i := 0; i < n; i++ { l.Acquire(); l.Release() } }`)
}

// BenchmarkCellMutex is sync.Mutex Lock + Unlock from a cell.
func BenchmarkCellMutex(b *testing.B) {
	benchCell(b, `import "sync"
var m sync.Mutex
func fn(n int) { for i := 0; i < n; i++ { m.Lock(); m.Unlock() } }`)
}

// BenchmarkCellQueue is Queue.Put + Queue.Get in one goroutine.
func BenchmarkCellQueue(b *testing.B) {
	benchCell(b, `import "github.com/gonotes/gonotes/lib/queue"
var q = queue.New(0)
func fn(n int) { for i := 0; i < n; i++ { q.Put(i); q.Get() } }`)
}

// BenchmarkCellThread is Thread start + join.
func BenchmarkCellThread(b *testing.B) {
	benchCell(b, `import "github.com/gonotes/gonotes/lib/threading"
func fn(n int) { for i := 0; i < n; i++ { t := &threading.Thread{Target: func() {}}; t.Start(); t.Join() } }`)
}

// BenchmarkCellSubmit is ThreadPoolExecutor Submit + Result.
func BenchmarkCellSubmit(b *testing.B) {
	benchCell(b, `import "github.com/gonotes/gonotes/lib/futures"
var ex = &futures.ThreadPoolExecutor{MaxWorkers: 1}
func fn(n int) { for i := 0; i < n; i++ { ex.Submit(func() any { return 1 }).Result() } }`)
}

// BenchmarkCellEmptyCall is a call of an empty compiled func.
func BenchmarkCellEmptyCall(b *testing.B) {
	benchCell(b, `import "runtime"
func fn(n int) { for i := 0; i < n; i++ { runtime.Gosched() } }`)
}

// BenchmarkCellSumLoop is one iteration of `t += i` in a func's for loop
// (typed fast paths, third_party/yaegi/interp/fastops.go).
func BenchmarkCellSumLoop(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) { t := 0; for i := 0; i < n; i++ { t += i }; sink = t }`)
}

// BenchmarkTopLevelSumLoop is one iteration of the same loop at a cell's
// top level, where t and i are globals.
func BenchmarkTopLevelSumLoop(b *testing.B) {
	hook.Reset()
	s, err := New(Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Shutdown()
	scope := hook.NewScope(1, nil, nil)
	code := "t := 0\nfor i := 0; i < " + strconv.Itoa(b.N) + "; i++ { t += i }"
	b.ResetTimer()
	if _, err := s.Execute(bg, scope, code); err != nil {
		b.Fatal(err)
	}
}

// BenchmarkCellStructSlice is one iteration over a slice of structs.
func BenchmarkCellStructSlice(b *testing.B) {
	benchCell(b, `type P struct{ X, Y int }
var ps = make([]P, 1000)
var sink int
func fn(n int) { s := 0; for i := 0; i < n; i++ { j := i % 1000; ps[j].X += i; s += ps[j].X }; sink = s }`)
}

// BenchmarkCellMap is one map insert and one lookup.
func BenchmarkCellMap(b *testing.B) {
	benchCell(b, `var sink int
func fn(n int) { m := map[int]int{}; s := 0; for i := 0; i < n; i++ { m[i&1023] = i; s += m[i&511] }; sink = s }`)
}

// BenchmarkCellFib is fib(15): 1,973 interpreted calls.
func BenchmarkCellFib(b *testing.B) {
	benchCell(b, `func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }
var sink int
func fn(n int) { for i := 0; i < n; i++ { sink = fib(15) } }`)
}

// BenchmarkCellStructSliceUnexported is BenchmarkCellStructSlice with
// unexported fields, as course code writes them (struct{ count int }).
func BenchmarkCellStructSliceUnexported(b *testing.B) {
	benchCell(b, `type p struct{ x, y int }
var ps = make([]p, 1000)
var sink int
func fn(n int) { s := 0; for i := 0; i < n; i++ { j := i % 1000; ps[j].x += i; s += ps[j].x }; sink = s }`)
}

// BenchmarkCellToCompiledIface is one conversion of a value of a cell's
// struct type with a String method to fmt.Stringer (a compiled interface:
// the value is given as its named runtime type, rtname.go's toNamed).
func BenchmarkCellToCompiledIface(b *testing.B) {
	benchCell(b, `import "fmt"
type E struct{ n int }
func (e E) String() string { return "e" }
var sink fmt.Stringer
func fn(n int) { for i := 0; i < n; i++ { sink = E{i} } }`)
}

// BenchmarkCellReturnedSlice is a call of a func that appends 3 ints to a
// local slice and returns it (gc's stack buffer moved to the heap at the
// return, stackbufret.go).
func BenchmarkCellReturnedSlice(b *testing.B) {
	benchCell(b, `func build(k int) []int { var s []int; for i := 0; i < k; i++ { s = append(s, i) }; return s }
var sink int
func fn(n int) { for i := 0; i < n; i++ { sink += cap(build(3)) } }`)
}
