package eval

import "testing"

// suite7 checks the engine fixes found by the public2 and rosetta2
// sections of the conformance corpus (programs in the style of Go by
// Example, the Go tour, Effective Go and Rosetta Code tasks); see
// third_party/yaegi/PATCHES.md, the sections of suite7. Expected outputs
// are those of `go run` of the same programs.

func runSuite7(t *testing.T, want string, cells ...string) {
	t.Helper()
	ts := newSession(t)
	var c *cell
	for _, code := range cells {
		c = ts.ok(code)
	}
	if got := c.stdout.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// An arithmetic result assigned to a place of a compiled interface type
// (the any field Value of a *ring.Ring or *list.Element) was written in
// place, as if the place had the operation's type: nothing was stored
// (the ring printed <nil> <nil> <nil>), and the statements after it could
// be skipped.
func TestSuite7ArithToCompiledIfaceField(t *testing.T) {
	runSuite7(t, `0 1 4 
a 16
b 4x
c -4
d 3 float64
`, `import ("container/list"; "container/ring"; "fmt")`,
		`r := ring.New(3)
for i := 0; i < r.Len(); i++ {
	r.Value = i * i
	r = r.Next()
}
r.Do(func(v any) { fmt.Print(v, " ") })
fmt.Println()
i := 4
e := list.New().PushBack(0)
e.Value = i * i
fmt.Println("a", e.Value)
e.Value = fmt.Sprint(i) + "x"
fmt.Println("b", e.Value)
e.Value = -i
fmt.Println("c", e.Value)
f := 1.5
e.Value = f * 2
fmt.Printf("d %v %T\n", e.Value, e.Value)`)
}

// A generic type of several type parameters referring to itself
// (left, right *node[K, V]) overflowed the Go stack when instantiated:
// each instantiation generated the type again (a fatal error that ended
// the kernel's process). And a positional literal of such a type holding
// a literal of a generic type of several type parameters failed ("cannot
// use type main.Pair[int,string] as type int in struct literal").
func TestSuite7RecursiveGenericTwoParams(t *testing.T) {
	runSuite7(t, `m 1 a 2 true
1 x 2
main.Pair[int,string]
`, `import "fmt"`,
		`type node[K comparable, V any] struct {
	key         K
	val         V
	left, right *node[K, V]
}

type Pair[A, B any] struct {
	First  A
	Second B
	next   *Pair[A, B]
}`,
		`n := &node[string, int]{key: "m", val: 1}
n.left = &node[string, int]{key: "a", val: 2}
fmt.Println(n.key, n.val, n.left.key, n.left.val, n.right == nil)
p := Pair[int, string]{1, "x", &Pair[int, string]{First: 2}}
fmt.Println(p.First, p.Second, p.next.First)
fmt.Printf("%T\n", *p.next)`)
}

// %T of a pointer to a recursive type (a linked list's *Node) printed
// *struct {}: the pointer type was made while the type was being declared
// (its field next *Node), with the string of the incomplete placeholder,
// and kept.
func TestSuite7PtrToRecursiveTypeName(t *testing.T) {
	runSuite7(t, `main.L[int] *main.L[int] *main.L[int] *main.L[int]
main.R *main.R *main.R
main.P[int,string] *main.P[int,string] *main.P[int,string]
main.Q[int,bool] *main.Q[int,bool]
true
[]*main.R
`, `import "fmt"`,
		`type L[T any] struct {
	v    T
	next *L[T]
}
type R struct {
	v    int
	next *R
}
type P[A, B any] struct {
	a    A
	b    B
	next *P[A, B]
}
type Q[A, B any] struct {
	a A
	b B
}`,
		`l := L[int]{1, &L[int]{v: 2}}
r := R{1, &R{}}
p := P[int, string]{1, "x", &P[int, string]{a: 2}}
fmt.Printf("%T %T %T %T\n", l, l.next, &l, l.next.next)
fmt.Printf("%T %T %T\n", r, r.next, &r)
fmt.Printf("%T %T %T\n", p, p.next, &p)
fmt.Printf("%T %T\n", Q[int, bool]{}, &Q[int, bool]{})
var x any = r.next
_, ok := x.(*R)
fmt.Println(ok)
fmt.Println(fmt.Sprintf("%T", []*R{}))`)
}

// A nil interface value of an interpreted interface type converted to an
// any (var sh Shape; describe(sh)) did not match `case nil` of a type
// switch: the function printed "other <nil>", although v == nil was true.
func TestSuite7TypeSwitchNilInterpretedIface(t *testing.T) {
	runSuite7(t, `nil <nil> int or nil
shape *main.Circ else
shape *main.Circ else
nil <nil> int or nil
other int int or nil
nil element
`, `import "fmt"`,
		`type Shape interface{ Area() float64 }

type Circ struct{ r float64 }

func (c *Circ) Area() float64 { return c.r }

func kind(v any) string {
	switch x := v.(type) {
	case nil:
		return fmt.Sprintf("nil %v", x)
	case Shape:
		return fmt.Sprintf("shape %T", x)
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func kind2(v any) string {
	switch v.(type) {
	case int, nil:
		return "int or nil"
	}
	return "else"
}`,
		`var sh Shape
var cp *Circ
var sh2 Shape = cp
for _, v := range []any{sh, cp, sh2, nil, 3} {
	fmt.Println(kind(v), kind2(v))
}
xs := []any{sh}
switch xs[0].(type) {
case nil:
	fmt.Println("nil element")
}`)
}
