package eval

// Regression tests of interface values that keep the types of their values
// (third_party/yaegi/interp/dyntype.go, PATCHES.md "Every interface value
// keeps its dynamic type"): a value of a defined type without methods
// converted to an empty interface anywhere (arguments, results, elements,
// map keys, channel sends, arithmetic results) keeps its type across cells,
// and compiled code still gets the values it expects; a value of an
// interpreted interface type is converted when assigned to a struct field
// or given to a compiled function. Each expected output
// is what `go run` prints for the program made of the declarations and the
// cells in order (checked by running it).

import (
	"strings"
	"testing"
)

var ifaceTypeCases = []struct {
	name  string
	decls string
	cells []string
	want  string
}{
	{"CrossCellContainers", `import "fmt"
type Code int
type Level string
var store = map[any]string{}
var xs []any
func kind(v any) string {
	switch v.(type) {
	case Code:
		return "Code"
	case int:
		return "int"
	case Level:
		return "Level"
	case string:
		return "string"
	}
	return "?"
}`,
		[]string{`store[Code(1)] = "code"
store[1] = "int"
store[Level("a")] = "level"
xs = append(xs, Code(2), 2, Level("b"), "b")`, `fmt.Println(len(store), store[Code(1)], store[1], store[Level("a")], store["a"] == "")
for _, x := range xs {
	fmt.Print(kind(x), " ")
}
fmt.Println()
n := 0
for k := range store {
	if kind(k) == "Code" || kind(k) == "Level" {
		n++
	}
}
fmt.Println(n)`},
		`3 code int level true
Code int Level string 
2
`},
	{"ArgsResultsSends", `import "fmt"
type Celsius float64
func show(vs ...any) {
	for _, v := range vs {
		fmt.Printf("%T ", v)
	}
	fmt.Println()
}
func warmer(c Celsius) any { return c + 1 }`,
		[]string{`c := Celsius(20)
show(c, 20.0, warmer(c), any(c*2))
ch := make(chan any, 2)
ch <- c
select {
case ch <- -c:
default:
}
show(<-ch, <-ch)
var w any = warmer(c)
_, isFloat := w.(float64)
fmt.Println(w == Celsius(21), w == 21.0, isFloat)`},
		`main.Celsius float64 main.Celsius main.Celsius 
main.Celsius main.Celsius 
true false false
`},
	{"MapLiteralKeys", `import "fmt"
type Code int`,
		[]string{`m := map[any]int{Code(1): 1, 1: 2, "1": 3}
fmt.Println(len(m), m[Code(1)], m[1], m["1"])`},
		`3 1 2 3
`},
	{"PrintAndDeepEqual", `import (
	"fmt"
	"reflect"
)
type Code int
type holder struct {
	v any
	Name string
}`,
		[]string{`h := holder{Code(3), "h"}
fmt.Println(h)
fmt.Printf("%+v\n", h)
a, b := []any{Code(1), "x"}, []any{Code(1), "x"}
fmt.Println(reflect.DeepEqual(a, b), reflect.DeepEqual(a, []any{1, "x"}))`},
		`{3 h}
{v:3 Name:h}
true false
`},
	{"CompiledRoundTrip", `import (
	"container/heap"
	"errors"
	"fmt"
	"sync/atomic"
)
type Item struct {
	name string
	prio int
}
type PQ []*Item
func (q PQ) Len() int            { return len(q) }
func (q PQ) Less(i, j int) bool  { return q[i].prio < q[j].prio }
func (q PQ) Swap(i, j int)       { q[i], q[j] = q[j], q[i] }
func (q *PQ) Push(x any)         { *q = append(*q, x.(*Item)) }
func (q *PQ) Pop() any {
	old := *q
	it := old[len(old)-1]
	*q = old[:len(old)-1]
	return it
}
type Config struct{ N int }
type codeErr int
func (c codeErr) Error() string { return fmt.Sprint("code ", int(c)) }`,
		[]string{`q := &PQ{}
heap.Push(q, &Item{"b", 2})
heap.Push(q, &Item{"a", 1})
fmt.Println(heap.Pop(q).(*Item).name)
var v atomic.Value
v.Store(Config{5})
fmt.Println(v.Load().(Config).N)
var ce codeErr
fmt.Println(errors.As(fmt.Errorf("w: %w", codeErr(4)), &ce), ce)`},
		`a
5
true code 4
`},
	{"InterfaceFieldsAndCompiledParams", `import (
	"fmt"
	"io"
	"strings"
)
type Shape interface{ Area() float64 }
type Sq struct{ s float64 }
func (q Sq) Area() float64 { return q.s * q.s }
type Box struct{ S Shape }
type Source interface {
	io.Reader
	Name() string
}
type src struct{ r io.Reader }
func (s src) Read(p []byte) (int, error) { return s.r.Read(p) }
func (s src) Name() string { return "src" }
var boxes = make([]Box, 2)`,
		[]string{`boxes[0].S = Sq{2}
b := &boxes[1]
b.S = Sq{3}`, `fmt.Println(boxes[0].S.Area(), boxes[1].S.Area())
var s Source = src{strings.NewReader("data")}
data, err := io.ReadAll(s)
fmt.Println(string(data), err, s.Name())`},
		`4 9
data <nil> src
`},
	{"CompiledContainersOfDefinedTypes", `import (
	"container/list"
	"fmt"
	"sync"
)
type Job int
type Task string`,
		[]string{`var m sync.Map
m.Store("a", Job(3))
l := list.New()
var t any = Task("t1")
l.PushBack(t)`, `v, _ := m.Load("a")
j, ok := v.(Job)
switch x := l.Front().Value.(type) {
case Task:
	fmt.Println("task", string(x), j, ok)
default:
	fmt.Println("other")
}`},
		`task t1 3 true
`},
}

func TestIfaceTypeKept(t *testing.T) {
	for _, tc := range ifaceTypeCases {
		t.Run(tc.name, func(t *testing.T) {
			ts := newSession(t)
			ts.ok(tc.decls)
			var got strings.Builder
			for _, cell := range tc.cells {
				got.WriteString(ts.ok(cell).stdout.String())
			}
			if got.String() != tc.want {
				t.Errorf("got:\n%s\nwant:\n%s", got.String(), tc.want)
			}
		})
	}
}

// TestIfaceTypeMapLiteralDuplicate: keys of a map[any] literal are
// duplicates only if their types are the same (Code(1) and 1 are not).
func TestIfaceTypeMapLiteralDuplicate(t *testing.T) {
	ts := newSession(t)
	ts.ok("type Code int")
	ts.ok("_ = map[any]int{Code(1): 1, 1: 2}")
	c := ts.run("_ = map[any]int{Code(1): 1, Code(1): 2}")
	if c.err == nil || !strings.Contains(c.err.Error(), "duplicate key") {
		t.Errorf("want a duplicate key error, got %v", c.err)
	}
}
