package eval

import "testing"

// Regression tests of the fixes found by the suite5spec corpus (new
// programs of the conformance sections spec_*). Every expected output
// below is what `go run` printed for the same program.

// TestSuite5SpecVariadicSwitchMethods: f(s) with s of the variadic slice
// type passes one element (only f(s...) passes s); a switch with an init
// statement evaluates its tag (a call) after the init; a defined type
// (type D T) does not get the methods declared on T, but keeps the
// promoted ones of T's embedded fields.
func TestSuite5SpecVariadicSwitchMethods(t *testing.T) {
	r2both(t, `import "fmt"

func count(args ...any) int { return len(args) }

func ints(xs ...int) int { return len(xs) }

type Point struct{ X, Y int }

func (p Point) Sum() int { return p.X + p.Y }

type PointDef Point

type Base struct{}

func (Base) Hello() string { return "hello" }

type Outer struct{ Base }

func (Outer) Own() string { return "own" }

type OuterDef Outer

func main() {
	s := []any{"a", 1, nil}
	fmt.Println(count(s...), count(s), count(s, s), ints([]int{1, 2}...))
	g := func() int { return 3 }
	switch f := g; f() {
	case 3:
		fmt.Println("three")
	default:
		fmt.Println("other")
	}
	switch x := []int{4, 5}; len(x) + 1 {
	case 3:
		fmt.Println("len+1 is 3")
	}
	var x any = PointDef{1, 2}
	_, ok := x.(interface{ Sum() int })
	fmt.Println(ok)
	var y any = OuterDef{}
	_, ok1 := y.(interface{ Hello() string })
	_, ok2 := y.(interface{ Own() string })
	fmt.Println(ok1, ok2, OuterDef{}.Hello())
}
`, `3 1 2 2
three
len+1 is 3
false
true false hello
`)
}

// TestSuite5SpecInitOrderShadowing: blank package variables are initialized
// in declaration order (the blank identifier is no dependency); a method
// value or call (t.m(), (&t).pm()) depends on the variables the method's
// body refers to; variables named iota and nil, and local type aliases.
func TestSuite5SpecInitOrderShadowing(t *testing.T) {
	ts := newSession(t)
	if got := ts.ok(`import "fmt"

var _ = announce("first blank")

var value = announce("value")

var _ = announce("second blank")

func announce(s string) int {
	fmt.Println("init:", s)
	return len(s)
}

type T struct{ k int }

func (t T) m() int   { return b * t.k }
func (t *T) pm() int { return c + 1 }

var t = T{2}

var a = t.m()
var b = 21
var p = (&t).pm()
var c = 1

func main() {
	fmt.Println(a, b, p, c, value)
	iota := 5
	nil := 7
	fmt.Println(iota+1, nil*2)
	type pair = struct{ a, b int }
	type num = int
	var n num = 3
	fmt.Println(pair{1, 2} == pair{1, 2}, n)
	fmt.Printf("%T\n", pair{})
}
`).stdout.String(); got != `init: first blank
init: value
init: second blank
42 21 2 1 5
6 14
true 3
struct { a int; b int }
` {
		t.Errorf("got\n%s", got)
	}
}

// TestSuite5SpecNilAssertLabels: x.(I) on a nil interface of an
// interpreted interface type panics with Go's message (it was a nil
// pointer dereference), "interface is nil" for an interface I; a label
// may be named like a variable (labels have their own name space).
func TestSuite5SpecNilAssertLabels(t *testing.T) {
	r2both(t, `import (
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }
type Other interface{ Perimeter() float64 }

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	var s Shape
	var x any
	try("a", func() { _ = s.(fmt.Stringer) })
	try("b", func() { _ = s.(Other) })
	try("c", func() { _ = x.(io.Writer) })
	_, ok := s.(Other)
	fmt.Println(ok)
	x = 0
x:
	for {
		x = x.(int) + 1
		switch {
		case x.(int) < 3:
			continue x
		default:
			break x
		}
	}
	fmt.Println(x)
	goto done
done:
	done := "var done"
	fmt.Println(done)
}
`, `a: interface conversion: interface is nil, not fmt.Stringer
b: interface conversion: interface is nil, not main.Other
c: interface conversion: interface is nil, not io.Writer
false
3
var done
`)
}

// TestSuite5SpecBuiltinInReturn: a builtin call among several results
// (return &n, make(chan int); return 7, len(s), cap(s)) computes its own
// result, not the first result's slot ("reflect.Set: value of type chan int
// is not assignable to type *int", or 7 overwritten by len(s)).
func TestSuite5SpecBuiltinInReturn(t *testing.T) {
	r2both(t, `import "fmt"

func find(ok bool) (*int, chan int) {
	if ok {
		n := 1
		return &n, make(chan int)
	}
	return nil, nil
}

func sizes(s []int) (int, int, int) { return 7, len(s), cap(s) }

func main() {
	p, c := find(false)
	fmt.Println(p == nil, c == nil)
	p, c = find(true)
	fmt.Println(p == nil, c == nil, *p)
	fmt.Println(sizes(make([]int, 3, 5)))
}
`, `true true
false false 1
7 3 5
`)
}

// TestSuite5SpecTopLevelRedeclare: at a cell's top level, `a, err :=
// strconv.Atoi("12")` then `b, a := 5, 6` in the same cell: the second
// statement redeclares a (same type) instead of making a new variable that
// the statements before it read (they printed 0).
func TestSuite5SpecTopLevelRedeclare(t *testing.T) {
	r2both(t, `import (
	"fmt"
	"strconv"
)

func main() {
	a, err := strconv.Atoi("12")
	fmt.Println(a, err)
	b, a := 5, 6
	fmt.Println(a, b)
	n, err := strconv.Atoi("x")
	fmt.Println(n, err != nil)
	s, n := "s", 7
	fmt.Println(s, n)
}
`, `12 <nil>
6 5
0 true
s 7
`)
}
