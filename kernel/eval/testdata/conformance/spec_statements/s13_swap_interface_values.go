package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type point struct{ x, y int }

func (p point) String() string { return fmt.Sprintf("(%d,%d)", p.x, p.y) }

type named string

func (n named) String() string { return strings.ToUpper(string(n)) }

type box struct {
	a, b any
	s    fmt.Stringer
}

type anys []any

func (h anys) Len() int           { return len(h) }
func (h anys) Less(i, j int) bool { return fmt.Sprint(h[i]) < fmt.Sprint(h[j]) }
func (h anys) Swap(i, j int)      { h[i], h[j] = h[j], h[i] }

func swapAny(a, b any) (any, any) {
	a, b = b, a
	return a, b
}

func reverse(xs []any) {
	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
		xs[i], xs[j] = xs[j], xs[i]
	}
}

func rotate(m map[string]any) {
	m["a"], m["b"], m["c"] = m["b"], m["c"], m["a"]
}

func main() {
	// Two variables of type any, holding values of several types.
	var a, b any = 1, "x"
	a, b = b, a
	fmt.Println(a, b)
	a, b = point{1, 2}, nil
	a, b = b, a
	fmt.Println(a, b)
	fmt.Println(swapAny(named("go"), 3.5))

	// Elements of []any, at the top level and in a func.
	xs := []any{1, "two", point{3, 4}, nil, named("five"), []int{6}}
	xs[0], xs[1] = xs[1], xs[0]
	fmt.Println(xs)
	reverse(xs)
	fmt.Println(xs)
	h := anys{"pear", 2, point{0, 1}, "apple", named("fig")}
	sort.Sort(h)
	fmt.Println(h)

	// Map entries and struct fields of type any.
	m := map[string]any{"a": 1, "b": "bee", "c": point{5, 5}}
	rotate(m)
	fmt.Println(m["a"], m["b"], m["c"])
	bx := box{a: 1, b: "one", s: named("s")}
	bx.a, bx.b = bx.b, bx.a
	fmt.Println(bx.a, bx.b, bx.s)
	var st fmt.Stringer = point{7, 8}
	bx.s, st = st, bx.s
	fmt.Println(bx.s, st)

	// Non-empty interfaces: Stringers and errors.
	ss := []fmt.Stringer{point{1, 1}, named("b")}
	ss[0], ss[1] = ss[1], ss[0]
	fmt.Println(ss)
	e1, e2 := errors.New("first"), fmt.Errorf("second: %w", errors.New("inner"))
	e1, e2 = e2, e1
	fmt.Println(e1, "|", e2, errors.Unwrap(e1))

	// An any and a concrete value in one assignment.
	var v any = "old"
	n := 4
	v, n = n, 5
	fmt.Printf("%v %T %d\n", v, v, n)
	var w any
	w, xs[0] = xs[0], w
	fmt.Println(w, xs[0])
}
