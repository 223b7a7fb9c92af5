package eval

// Regression tests of session 7's helper "small": composite runtime types
// of notebook types (third_party/yaegi/interp/rtcompose.go), call results
// given as an any, and other small differences from `go run`. Each
// expected output is what `go run` prints for the program made of the
// cells (checked by running it).

import "testing"

// wantStdout runs code in ts and checks that it succeeds with stdout want.
func wantStdout(t *testing.T, ts *tsession, code, want string) {
	t.Helper()
	c := ts.run(code)
	if c.err != nil {
		t.Fatalf("cell failed: %v\nstdout: %s", c.err, c.stdout.String())
	}
	if got := c.stdout.String(); got != want {
		t.Fatalf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// A pointer to, or a slice, array, map, chan of, a notebook defined type
// given to compiled code as an any has a runtime type built from the named
// runtime type (reflect sees []main.ID, not []int), and comes back from
// compiled code as a value of its type.
func TestSmall7CompositeNamedTypes(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"container/list"
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
)`)
	ts.ok(`type ID int
type Point struct{ X, Y int }
type IDs []ID`)
	wantStdout(t, ts, `p := &Point{1, 2}
ids := []ID{3, 1, 2}
m := map[ID]Point{1: {1, 1}}
fmt.Println(reflect.TypeOf(p).Elem().Name(), reflect.TypeOf(ids), reflect.TypeOf(m), reflect.TypeOf([2]ID{}), reflect.TypeOf(make(chan ID)))
fmt.Println(reflect.TypeOf(IDs{}).Elem(), reflect.TypeOf([]*Point{}), reflect.TypeOf(m).Key().Name())
var l list.List
l.PushBack(ids)
l.PushBack(p)
l.PushBack(IDs{7})
for e := l.Front(); e != nil; e = e.Next() {
	switch v := e.Value.(type) {
	case []ID:
		fmt.Println("[]ID", v)
	case *Point:
		v.X = 10
		fmt.Println("*Point", *v)
	case IDs:
		fmt.Println("IDs", v)
	}
}
_, isInts := l.Front().Value.([]int)
fmt.Println(p.X, isInts)
reflect.ValueOf(&ids).Elem().Index(1).SetInt(42)
sort.Slice(ids, func(i, j int) bool { return ids[i] < ids[j] })
b, _ := json.Marshal(map[ID][]Point{1: {{1, 2}}})
var back map[ID][]Point
fmt.Println(ids, string(b), json.Unmarshal(b, &back), back)
`, `Point []main.ID map[main.ID]main.Point [2]main.ID chan main.ID
main.ID []*main.Point ID
[]ID [3 1 2]
*Point {10 2}
IDs [7]
10 false
[2 3 42] {"1":[{"X":1,"Y":2}]} <nil> map[1:[{1 2}]]
`)
}

// The result of a call of a notebook func, of a type with methods, given
// straight to an any parameter keeps its type (%T was struct {}).
func TestSmall7CallResultAsAny(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`type T struct{ N int }

func (t T) M() string { return fmt.Sprint("M", t.N) }

func mk() T { return T{7} }

func g(v any, i int) {
	fmt.Printf("%T %v %d\n", v, v, i)
	if t, ok := v.(T); ok {
		fmt.Println(t.M())
	}
}`)
	wantStdout(t, ts, `g(mk(), 1)`, "main.T {7} 1\nM7\n")
}

// The kernel's interruptible sync types are declared in a package named
// sync: %T names them as Go does (it printed *eval.Mutex).
func TestSmall7SyncTypeNames(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("fmt"; "sync")`)
	wantStdout(t, ts, `var mu sync.Mutex
var rw sync.RWMutex
var wg sync.WaitGroup
c := sync.NewCond(&mu)
var l sync.Locker = &rw
fmt.Printf("%T %T %T %T %T %T\n", &mu, &rw, &wg, c, l, rw.RLocker())
rl := rw.RLocker()
rl.Lock()
fmt.Println(rw.TryLock(), rw.TryRLock())
rw.RUnlock()
rl.Unlock()
fmt.Println(rw.TryLock())
`, "*sync.Mutex *sync.RWMutex *sync.WaitGroup *sync.Cond *sync.RWMutex *sync.rlocker\nfalse true\ntrue\n")
}

// Recursion 50 000 deep (a sum, a DFS method) works as in Go (the limit was
// 10 000 nested calls); a recursion without a base case, also in a
// goroutine, still ends in a RecursionError, never in Go's fatal stack
// overflow.
func TestSmall7DeepRecursion(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`func sum(n int) int {
	if n == 0 {
		return 0
	}
	return n + sum(n-1)
}

type graph struct{ adj [][]int }

func (g *graph) dfs(seen []bool, v int) int {
	seen[v] = true
	c := 1
	for _, w := range g.adj[v] {
		if !seen[w] {
			c += g.dfs(seen, w)
		}
	}
	return c
}

func forever(n int) int { return forever(n+1) + 1 }`)
	wantStdout(t, ts, `fmt.Println(sum(50000))
n := 50000
g := &graph{make([][]int, n)}
for i := 0; i+1 < n; i++ {
	g.adj[i] = []int{i + 1}
}
fmt.Println(g.dfs(make([]bool, n), 0))
`, "1250025000\n50000\n")
	wantStdout(t, ts, `done := make(chan string)
go func() {
	defer func() { done <- fmt.Sprint(recover()) }()
	forever(0)
}()
fmt.Println(<-done)
`, "stack overflow: goroutine stack exceeds the interpreter's limit of 1000000 nested calls\n")
}

// A conversion of a typed float constant (float64(a), a a float32 constant
// 1.0 / 3) gives its value rounded to the constant's type; it was 0 (the
// value went through an int64).
func TestSmall7FloatConstConversion(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	wantStdout(t, ts, `const a float32 = 1.0 / 3
const c float64 = 1.0 / 3
fmt.Println(float64(a), float32(c), float64(a)*3, a*3)
`, "0.3333333432674408 0.33333334 1.0000000298023224 1\n")
}
