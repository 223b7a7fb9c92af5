package eval

// Regression tests of the named runtime types of notebook defined types
// (third_party/yaegi/interp/rtname.go, PATCHES.md "Named runtime types"):
// compiled code given a value of a notebook type as an any sees the type's
// name (reflect, fmt's %T, context's keys), and the value comes back from
// compiled code (context, container/list, sync.Map, container/heap) as a
// value of its type, and only of its type (an int given to a list does
// not match `case Code:`). The expected output is what `go run` prints for
// the program made of the cells (checked by running it).

import "testing"

func TestNamedTypesRoundTrip(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"container/heap"
	"container/list"
	"context"
	"fmt"
	"reflect"
	"sync"
)`)
	ts.ok(`type Celsius float64
type P struct{ X, Y int }
type Code int
type keyA string
type keyB string

type CodeHeap []Code

func (h CodeHeap) Len() int           { return len(h) }
func (h CodeHeap) Less(i, j int) bool { return h[i] < h[j] }
func (h CodeHeap) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }
func (h *CodeHeap) Push(x any)        { *h = append(*h, x.(Code)) }
func (h *CodeHeap) Pop() any {
	old := *h
	n := len(old)
	x := old[n-1]
	*h = old[:n-1]
	return x
}`)
	c := ts.ok(`	fmt.Println(reflect.TypeOf(Celsius(3)).Name(), reflect.TypeOf(P{}).Name(), reflect.TypeOf(P{}).String())
	ctx := context.WithValue(context.Background(), keyA("id"), Celsius(2))
	ctx = context.WithValue(ctx, keyB("id"), "b")
	fmt.Println(ctx.Value(keyA("id")), ctx.Value(keyB("id")), ctx.Value("id"))
	c := ctx.Value(keyA("id")).(Celsius)
	_, isFloat := ctx.Value(keyA("id")).(float64)
	fmt.Println(c+1, isFloat)
	l := list.New()
	l.PushBack(Code(3))
	l.PushBack(3)
	l.PushBack(P{1, 2})
	for e := l.Front(); e != nil; e = e.Next() {
		switch x := e.Value.(type) {
		case Code:
			fmt.Println("Code", x+1)
		case int:
			fmt.Println("int", x)
		case P:
			fmt.Println("P", x.X)
		}
	}
	var m sync.Map
	m.Store("c", Code(5))
	if v, ok := m.Load("c"); ok {
		fmt.Println(v.(Code)*2, v)
	}
	var y any = Code(3)
	fmt.Println(l.Front().Value == y, l.Front().Next().Value == y)
	fmt.Printf("%d %T %v\n", l.Front().Value, l.Front().Value, l.Front().Value)
	h := &CodeHeap{5, 2, 8}
	heap.Init(h)
	heap.Push(h, Code(1))
	for h.Len() > 0 {
		fmt.Print(heap.Pop(h).(Code), " ")
	}
	fmt.Println()
`)
	want := `Celsius P main.P
2 b <nil>
3 false
Code 4
int 3
P 1
10 5
true false
3 main.Code 3
1 2 5 8 
`
	if got := c.stdout.String(); got != want {
		t.Fatalf("got\n%s\nwant\n%s", got, want)
	}
}

// TestNamedTypesContextKeys: keys of two notebook types with one
// underlying type are two keys, and context prints the key's type.
func TestNamedTypesContextKeys(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import ("context"; "fmt"; "strings")
type userKey string
type reqKey string`)
	c := ts.ok(`ctx := context.WithValue(context.Background(), userKey("id"), 7)
fmt.Println(ctx.Value(userKey("id")), ctx.Value(reqKey("id")), ctx.Value("id"))
fmt.Println(strings.Contains(fmt.Sprint(ctx), "main.userKey"))`)
	if got, want := c.stdout.String(), "7 <nil> <nil>\ntrue\n"; got != want {
		t.Fatalf("got %q, want %q", got, want)
	}
}
