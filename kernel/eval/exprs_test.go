package eval

import (
	"strings"
	"testing"
)

// Tests of issue 11 (expression-level divergences from go run). Every
// expected output below is what `go run` printed for the same program.

// TestRuntimeErrorText: run-time panics of interpreted code carry Go's
// message and are runtime.Error values (recover, errors.As).
func TestRuntimeErrorText(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"errors"
	"fmt"
	"runtime"
)

type T struct{ A int }
type U struct{ B int }
type I interface{ M() }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		var re runtime.Error
		err, _ := r.(error)
		as := err != nil && errors.As(err, &re)
		fmt.Println(name, "|", r, "|", isRT, as)
	}()
	f()
}

func main() {
	xs := []int{1}
	arr := [3]int{1, 2, 3}
	s := "abc"
	i, j, k := 5, 2, 7
	var m map[string]int
	var p *T
	var any1 interface{} = "str"
	var anyNil interface{}
	var anyT interface{} = T{}
	var ch chan int
	zero := 0
	neg := -1
	try("slice idx", func() { _ = xs[i] })
	try("slice idx neg", func() { _ = xs[neg] })
	try("slice set", func() { xs[i] = 3 })
	try("array idx", func() { _ = arr[i] })
	try("array set", func() { arr[i] = 1 })
	try("string idx", func() { _ = s[i] })
	try("slice hi", func() { _ = xs[:i] })
	try("slice lo>hi", func() { _ = arr[:][3:j] })
	try("slice3", func() { _ = xs[0:1:k] })
	try("slice3 b", func() { _ = xs[0:j:1] })
	try("slice lo", func() { _ = xs[i:] })
	try("string slice", func() { _ = s[:i] })
	try("string slice2", func() { _ = s[i:] })
	try("string slice lo>hi", func() { _ = s[j:1] })
	try("nil map", func() { m["a"] = 1 })
	try("div", func() { fmt.Println(10 / zero) })
	try("mod", func() { fmt.Println(10 % zero) })
	try("nil deref", func() { fmt.Println(p.A) })
	try("nil deref2", func() { fmt.Println(*p) })
	try("assert", func() { fmt.Println(any1.(int)) })
	try("assert nil", func() { fmt.Println(anyNil.(int)) })
	try("assert T", func() { fmt.Println(anyT.(U)) })
	try("assert I", func() { fmt.Println(anyT.(I)) })
	try("close nil", func() { close(ch) })
	c2 := make(chan int, 1)
	close(c2)
	try("close closed", func() { close(c2) })
	try("send closed", func() { c2 <- 1 })
	try("makeslice", func() { _ = make([]int, neg) })
	try("slice2arr", func() { _ = [4]int(xs) })
}
`)
	if got, want := c.stdout.String(), `slice idx | runtime error: index out of range [5] with length 1 | true true
slice idx neg | runtime error: index out of range [-1] | true true
slice set | runtime error: index out of range [5] with length 1 | true true
array idx | runtime error: index out of range [5] with length 3 | true true
array set | runtime error: index out of range [5] with length 3 | true true
string idx | runtime error: index out of range [5] with length 3 | true true
slice hi | runtime error: slice bounds out of range [:5] with capacity 1 | true true
slice lo>hi | runtime error: slice bounds out of range [3:2] | true true
slice3 | runtime error: slice bounds out of range [::7] with capacity 1 | true true
slice3 b | runtime error: slice bounds out of range [:2:1] | true true
slice lo | runtime error: slice bounds out of range [5:1] | true true
string slice | runtime error: slice bounds out of range [:5] with length 3 | true true
string slice2 | runtime error: slice bounds out of range [5:3] | true true
string slice lo>hi | runtime error: slice bounds out of range [2:1] | true true
nil map | assignment to entry in nil map | true true
div | runtime error: integer divide by zero | true true
mod | runtime error: integer divide by zero | true true
nil deref | runtime error: invalid memory address or nil pointer dereference | true true
nil deref2 | runtime error: invalid memory address or nil pointer dereference | true true
assert | interface conversion: interface {} is string, not int | true true
assert nil | interface conversion: interface {} is nil, not int | true true
assert T | interface conversion: interface {} is main.T, not main.U | true true
assert I | interface conversion: main.T is not main.I: missing method M | true true
close nil | close of nil channel | true true
close closed | close of closed channel | true true
send closed | send on closed channel | true true
makeslice | runtime error: makeslice: len out of range | true true
slice2arr | runtime error: cannot convert slice with length 1 to array or pointer to array with length 4 | true true
`; got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestRuntimeErrorMore: nil receivers, nested maps, 2-d slices, pointers to
// arrays, conversions, and what does not panic (int8 overflow of division,
// float division by zero).
func TestRuntimeErrorMore(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"fmt"
	"runtime"
)

type T struct{ A int }

func (t *T) Get() int { return t.A }

type Getter interface{ Get() int }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println(name, "|", r, "|", isRT)
	}()
	f()
}

func main() {
	var p *T
	var g Getter
	var e error
	var ap *[3]int
	var m map[string][]int
	i := 4
	var mm map[int]map[int]int
	try("method nil", func() { fmt.Println(p.Get()) })
	try("iface nil", func() { fmt.Println(g.Get()) })
	try("error nil", func() { fmt.Println(e.Error()) })
	try("arr ptr nil", func() { fmt.Println(ap[1]) })
	try("map nil read", func() { fmt.Println(m["x"], len(m["x"])) })
	try("nested nil map", func() { mm[1][2] = 3 })
	try("2d", func() { g := [][]int{{1}}; g[0][i] = 1 })
	try("field ptr", func() { p.A = 3 })
	try("str byte", func() { s := "héllo"; fmt.Println(s[i*3]) })
	try("rune conv", func() { fmt.Println(string(rune(65)), string(rune(-1))) })
	try("slice ptr arr", func() { a := [3]int{}; q := &a; _ = q[:i] })
	try("append idx", func() { var xs []int; xs = append(xs, 1); _ = xs[1] })
	try("div8", func() { var a int8 = -128; b := int8(-1); fmt.Println(a / b, a % b) })
	try("divf", func() { z := 0.0; fmt.Println(1 / z, -1/z) })
	try("panic err", func() { panic(fmt.Errorf("boom %d", 1)) })
	try("make cap", func() { n := 5; _ = make([]int, n, 2) })
	try("sl2ap", func() { xs := []int{1}; _ = (*[2]int)(xs) })
}
`)
	if got, want := c.stdout.String(), `method nil | runtime error: invalid memory address or nil pointer dereference | true
iface nil | runtime error: invalid memory address or nil pointer dereference | true
error nil | runtime error: invalid memory address or nil pointer dereference | true
arr ptr nil | runtime error: invalid memory address or nil pointer dereference | true
[] 0
map nil read | <nil> | false
nested nil map | assignment to entry in nil map | true
2d | runtime error: index out of range [4] with length 1 | true
field ptr | runtime error: invalid memory address or nil pointer dereference | true
str byte | runtime error: index out of range [12] with length 6 | true
A �
rune conv | <nil> | false
slice ptr arr | runtime error: slice bounds out of range [:4] with length 3 | true
append idx | runtime error: index out of range [1] with length 1 | true
-128 0
div8 | <nil> | false
+Inf -Inf
divf | <nil> | false
panic err | boom 1 | false
make cap | runtime error: makeslice: cap out of range | true
sl2ap | runtime error: cannot convert slice with length 1 to array or pointer to array with length 2 | true
`; got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestRuntimeErrorPanic: an uncaught run-time error shows Go's first line
// ("panic: runtime error: ...") and the traceback keeps the cell's lines.
func TestRuntimeErrorPanic(t *testing.T) {
	ts := newSession(t)
	_, e := ts.fails(`import "fmt"
func get(xs []int, i int) int {
	return xs[i]
}
xs := []int{1}
fmt.Println(get(xs, 5))`)
	tb := traceback(e)
	want := []string{
		"panic: runtime error: index out of range [5] with length 1",
		"",
		"    at line 3:9 in get",
		"        return xs[i]",
		"    at line 6 in cell",
		"        fmt.Println(get(xs, 5))",
	}
	if strings.Join(tb, "\n") != strings.Join(want, "\n") {
		t.Errorf("traceback:\n%s\nwant:\n%s", strings.Join(tb, "\n"), strings.Join(want, "\n"))
	}
	_, e = ts.fails("var m map[string]int\nm[\"a\"] = 1")
	if got := traceback(e)[0]; got != "panic: assignment to entry in nil map" {
		t.Errorf("got %q", got)
	}
	_, e = ts.fails("var x any = \"s\"\n_ = x.(int)")
	if got := traceback(e)[0]; got != "panic: interface conversion: interface {} is string, not int" {
		t.Errorf("got %q", got)
	}
}

// TestUntypedConstants: untyped constants of compiled packages (math.Pi,
// math.MaxInt64) are untyped as in Go, and mix with untyped literals, typed
// results of compiled funcs and typed constants (time.Second).
func TestUntypedConstants(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`import (
	"fmt"
	"math"
	"time"
)

func main() {
	fmt.Println(math.Sin(0.6*math.Pi) + 3)
	fmt.Println(math.MaxInt64)
	fmt.Println(time.Second * 2)
	fmt.Println(2 * time.Second)
	n := 30
	fmt.Println(float64(n) * math.Pi / 180)
	fmt.Println(1 << 62)
	fmt.Println(math.MaxUint32 + 1)
	x := 5
	fmt.Println(x > math.MaxInt32, int64(x) < math.MaxInt64)
	var u uint = 3
	fmt.Println(1<<u, int64(1.0)<<u)
	fmt.Println(math.Pi)
	fmt.Println(math.Sqrt(2) * math.Sqrt2)
	var f32 float32 = 1.5
	fmt.Println(f32 * math.Pi)
	d := 3 * time.Millisecond
	fmt.Println(d, d/time.Microsecond, time.Duration(n)*time.Second)
	fmt.Println(math.MaxInt8+1, math.MinInt64, uint64(math.MaxUint64))
	const big = 1 << 100
	fmt.Println(big >> 98)
	fmt.Println(math.Floor(2.7) + 1, 1 + math.Floor(2.7))
	fmt.Println(math.Abs(-2) * 2.5)
	var i8 int8 = 100
	fmt.Println(i8 + 27, math.E)
	fmt.Printf("%T %T %T\n", math.Pi, math.MaxInt32, time.Second*2)
	fmt.Println(math.Pi * 2 / 3, 7 / 2, 7 / 2.0, 'a' + 1, string(rune('a' + 1)))
}
`, `3.9510565162951536
9223372036854775807
2s
2s
0.5235987755982988
4611686018427387904
4294967296
false true
8 8
3.141592653589793
2.0000000000000004
4.712389
3ms 3µs 30s
128 -9223372036854775808 18446744073709551615
4
3 3
5
127 2.718281828459045
float64 int time.Duration
2.0943951023931957 3 3.5 98 b
`},
		{`import (
	"fmt"
	"math"
	"strconv"
	"time"
	"unicode/utf8"
)

const half = math.Pi / 2

func deg(d float64) float64 { return d * math.Pi / 180 }

func main() {
	var f32 float32 = half
	var u8 uint8 = math.MaxUint8
	var i16 int16 = math.MinInt16
	x := math.MaxInt64
	y := math.Pi
	z := math.MaxUint32
	fmt.Printf("%v %v %v %T %T %T\n", f32, u8, i16, x, y, z)
	fmt.Println(deg(90), math.Sqrt(2)+1, 1+math.Sqrt(2), strconv.IntSize*2, utf8.RuneError, utf8.UTFMax+1)
	start := time.Now()
	fmt.Println(time.Since(start) < 2*time.Second, time.Since(start) > time.Duration(math.MaxInt64))
	var i64 int64 = math.MaxInt64
	fmt.Println(i64 == math.MaxInt64, i64/math.MaxInt32, float32(math.Pi), int(y*100))
	fmt.Println(math.Inf(1) > math.MaxFloat64, math.SmallestNonzeroFloat64 > 0, -math.Pi)
	var s = []float64{math.Pi, math.E, 1}
	fmt.Println(s, len(s)*math.MaxInt8)
	fmt.Println(1<<10 - 1, ^0, ^uint8(0), -7>>1, -7/2, -7%3, 7&^5)
	const c = 'x' - 'a'
	fmt.Println(c, string(rune('a'+c)), math.MaxInt32*2)
	var d time.Duration = 1500 * time.Millisecond
	fmt.Println(d.Seconds()*2, d*2, time.Duration(2.5*float64(time.Second)))
	fmt.Println(0.1+0.2, float32(0.1)+0.2, 1e100, 1e-7, 100000000.0, 123456789.0, 3/2*2.0)
	fmt.Printf("%.2f %g %e %v\n", math.Pi, 1e21, 1234.5678, float32(1)/3)
	fmt.Println(5.0 == 5, 'a' == 97, math.Pi > 3)
}
`, `1.5707964 255 -32768 int float64 int
1.5707963267948966 2.414213562373095 2.414213562373095 128 65533 5
true false
true 4294967298 3.1415927 314
true true -3.141592653589793
[3.141592653589793 2.718281828459045 1] 381
1023 -1 255 -4 -3 -1 2
23 x 4294967294
3 3s 2.5s
0.3 0.3 1e+100 1e-07 1e+08 1.23456789e+08 2
3.14 1e+21 1.234568e+03 0.33333334
true true true
`},
	} {
		ts := newSession(t)
		c := ts.ok(tc.src)
		if got := c.stdout.String(); got != tc.want {
			t.Errorf("stdout:\n%s\nwant:\n%s", got, tc.want)
		}
	}
}

// TestGenericInference: type arguments inferred from func literals and
// func values, untyped constants (variadic, mixed int and float), ~int |
// ~float64 constraints, local Ordered constraints, generic methods calling
// generic funcs, and partial instantiation Map[int](...).
func TestGenericInference(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func main() {
	fmt.Println(Map([]int{1, 2}, func(i int) string { return fmt.Sprint(i, "!") }))
}
`, `[1! 2!]
`},
		{`import "fmt"

type Number interface {
	~int | ~float64
}

func Sum[T int | float64](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

func Sum2[T Number](xs []T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type MyInt int

func main() {
	fmt.Println(Sum(1, 2, 3))
	fmt.Println(Sum(1.5, 2))
	fmt.Println(Sum2([]MyInt{1, 2}))
	fmt.Println(Sum2([]float64{1.5, 2}))
}
`, `6
3.5
3
3.5
`},
		{`import "fmt"

type Ordered interface {
	~int | ~int64 | ~float64 | ~string
}

func Max[T Ordered](a, b T) T {
	if a > b {
		return a
	}
	return b
}

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(x T) { s.items = append(s.items, x) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	x := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return x, true
}
func (s *Stack[T]) Len() int { return len(s.items) }

type Pair[K comparable, V any] struct {
	Key K
	Val V
}

func Keys[K comparable, V any](m map[K]V) []K {
	var out []K
	for k := range m {
		out = append(out, k)
	}
	return out
}

func Filter[T any](xs []T, pred func(T) bool) []T {
	var out []T
	for _, x := range xs {
		if pred(x) {
			out = append(out, x)
		}
	}
	return out
}

func Reduce[T, A any](xs []T, init A, f func(A, T) A) A {
	acc := init
	for _, x := range xs {
		acc = f(acc, x)
	}
	return acc
}

func (s *Stack[T]) MaxOf(less func(a, b T) bool) T {
	m := s.items[0]
	for _, x := range s.items {
		if less(m, x) {
			m = x
		}
	}
	return m
}

func main() {
	fmt.Println(Max(3, 7), Max("a", "b"), Max(2.5, 1))
	s := &Stack[int]{}
	s.Push(1)
	s.Push(2)
	v, ok := s.Pop()
	fmt.Println(v, ok, s.Len())
	p := Pair[string, int]{"a", 1}
	fmt.Println(p, p.Key)
	fmt.Println(len(Keys(map[string]int{"x": 1})))
	fmt.Println(Filter([]int{1, 2, 3, 4}, func(i int) bool { return i%2 == 0 }))
	fmt.Println(Reduce([]int{1, 2, 3}, "", func(a string, i int) string { return a + fmt.Sprint(i) }))
	s.Push(5)
	s.Push(3)
	fmt.Println(s.MaxOf(func(a, b int) bool { return a < b }))
}
`, `7 b 2.5
2 true 1
{a 1} a
1
[2 4]
123
5
`},
		{`import "fmt"

func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func Apply[T any](x T, fs ...func(T) T) T {
	for _, f := range fs {
		x = f(x)
	}
	return x
}

func Double(i int) int { return 2 * i }

func main() {
	fmt.Println(Map[int, string]([]int{1}, func(i int) string { return "x" }))
	fmt.Println(Map[int]([]int{3}, func(i int) float64 { return float64(i) / 2 }))
	fmt.Println(Map([]string{"a", "bb"}, func(s string) int { return len(s) }))
	fmt.Println(Apply(3, Double, Double))
	fmt.Println(Map([]int{1, 2}, Double))
}
`, `[x]
[1.5]
[1 2]
12
[2 4]
`},
		{`import "fmt"

type Ordered interface {
	~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~float32 | ~float64 | ~string
}

func MaxOf[T Ordered](xs ...T) T {
	m := xs[0]
	for _, x := range xs[1:] {
		if x > m {
			m = x
		}
	}
	return m
}

type List[T any] struct {
	items []T
}

func (l *List[T]) Add(x T) *List[T] {
	l.items = append(l.items, x)
	return l
}

func Map[T, U any](xs []T, f func(T) U) []U {
	var out []U
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}

func (l *List[T]) Strings() []string {
	return Map(l.items, func(x T) string { return fmt.Sprintf("<%v>", x) })
}

type Celsius float64

func Zero[T any]() T {
	var z T
	return z
}

func main() {
	fmt.Println(MaxOf(3, 9, 2), MaxOf("x", "yy"), MaxOf[float64](1, 2.5), MaxOf(Celsius(3), 1.5))
	l := &List[int]{}
	l.Add(1).Add(2)
	fmt.Println(l.Strings(), len(l.items))
	fmt.Println(Zero[int](), Zero[string]() == "", Zero[*int]() == nil)
	ls := List[string]{}
	ls.Add("a")
	fmt.Println(ls.Strings())
}
`, `9 yy 2.5 3
[<1> <2>] 2
0 true true
[<a>]
`},
	} {
		ts := newSession(t)
		c := ts.ok(tc.src)
		if got := c.stdout.String(); got != tc.want {
			t.Errorf("stdout:\n%s\nwant:\n%s", got, tc.want)
		}
	}
}

// TestNewExpr: Go 1.26's new(expr) gives a pointer to a new variable holding
// the value (untyped constants get their default type); new(T) keeps its
// meaning for every kind of type operand, including new(List[int]).
func TestNewExpr(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`import "fmt"

type T struct{ A, B int }

func f() string { return "ret" }

type Cfg struct {
	Name *string
	Port *int
}

func main() {
	p := new(42)
	fmt.Println(*p)
	x := 10
	q := new(x + 1)
	*q++
	fmt.Println(*q, x)
	r := new(T{1, 2})
	fmt.Println(r.A, *r)
	s := new("s")
	fmt.Println(*s)
	u := new(f())
	fmt.Println(*u)
	v := new(T)
	fmt.Println(*v)
	w := new(int)
	fmt.Println(*w)
	fl := new(2.5)
	fmt.Printf("%T %v\n", fl, *fl)
	c := Cfg{Name: new("srv"), Port: new(8080)}
	fmt.Println(*c.Name, *c.Port)
	b := new(x > 3)
	fmt.Printf("%T %v\n", b, *b)
	sl := new([]int{1, 2})
	fmt.Println(*sl)
	i64 := new(int64(7))
	fmt.Printf("%T %v\n", i64, *i64)
}
`, `42
12 10
1 {1 2}
s
ret
{0 0}
0
*float64 2.5
srv 8080
*bool true
[1 2]
*int64 7
`},
		{`import (
	"fmt"
	"math"
	"strings"
	"time"
)

type List[T any] struct{ items []T }

func Ptr[T any](v T) *T { return new(v) }

func Zero[T any]() *T { return new(T) }

type P struct{ X int }

func main() {
	d := new(time.Duration)
	fmt.Printf("%T %v\n", d, *d)
	s := new(time.Second)
	fmt.Printf("%T %v\n", s, *s)
	b := new(strings.Builder)
	b.WriteString("hi")
	fmt.Println(b.String())
	pi := new(math.Pi)
	fmt.Printf("%T %.3f\n", pi, *pi)
	l := new(List[int])
	fmt.Println(len(l.items))
	fmt.Println(*Ptr(3), *Ptr("a"), *Zero[int]())
	x := 5
	px := new(x)
	*px = 9
	fmt.Println(x, *px)
	pp := &P{1}
	cp := new(*pp)
	cp.X = 2
	fmt.Println(pp.X, cp.X)
	sl := new([]int)
	fmt.Println(*sl == nil)
	st := new(struct{ A int })
	fmt.Println(st.A)
	fp := new(func() int)
	fmt.Println(*fp == nil)
	ch := new(chan int)
	fmt.Println(*ch == nil)
	m := new(map[string]int)
	fmt.Println(*m == nil)
	r := new('a')
	fmt.Printf("%T\n", r)
	xs := []int{4, 5}
	e := new(xs[1])
	fmt.Println(*e)
}
`, `*time.Duration 0s
*time.Duration 1s
hi
*float64 3.142
0
3 a 0
5 9
1 2
true
0
true
true
true
*int32
5
`},
	} {
		ts := newSession(t)
		c := ts.ok(tc.src)
		if got := c.stdout.String(); got != tc.want {
			t.Errorf("stdout:\n%s\nwant:\n%s", got, tc.want)
		}
	}
}

// TestShiftAndDivision: a negative shift count panics ("negative shift
// amount"), division and modulo by zero in every integer type and in
// assignments panic, MinInt64 / -1 wraps.
func TestShiftAndDivision(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"fmt"
	"math"
	"runtime"
)

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println(name, "|", r, "|", isRT)
	}()
	f()
}

func main() {
	n := -1
	var z8 int8
	var zu uint
	try("neg shift", func() { fmt.Println(1 << n) })
	try("neg shift r", func() { x := 8; fmt.Println(x >> n) })
	try("div int8", func() { var a int8 = 5; fmt.Println(a / z8) })
	try("div uint", func() { var a uint = 5; fmt.Println(a % zu) })
	try("minint", func() { a := int64(math.MinInt64); m := int64(-1); fmt.Println(a/m, a%m) })
	try("div assign", func() { a := 5; b := 0; a /= b; fmt.Println(a) })
	try("mod assign", func() { a := 5; b := 0; a %= b; fmt.Println(a) })
	try("div const lhs", func() { b := 0; fmt.Println(100 / b) })
}
`)
	if got, want := c.stdout.String(), `neg shift | runtime error: negative shift amount | true
neg shift r | runtime error: negative shift amount | true
div int8 | runtime error: integer divide by zero | true
div uint | runtime error: integer divide by zero | true
-9223372036854775808 0
minint | <nil> | false
div assign | runtime error: integer divide by zero | true
mod assign | runtime error: integer divide by zero | true
div const lhs | runtime error: integer divide by zero | true
`; got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestNilFuncCall: calling a nil func is Go's nil pointer dereference.
func TestNilFuncCall(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import ("fmt"; "runtime")
func try() {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println(r, isRT)
	}()
	var f func()
	f()
}
try()`)
	if got, want := c.stdout.String(), "runtime error: invalid memory address or nil pointer dereference true\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
	_, e := ts.fails("var g func(int)\ng(1)")
	if got := traceback(e)[0]; got != "panic: runtime error: invalid memory address or nil pointer dereference" {
		t.Errorf("got %q", got)
	}
}

// TestArithmeticAndFormatting: integer wraparound of sized types, large
// shift counts, string(rune), []byte/[]rune conversions, string
// concatenation in a loop, complex numbers, float formatting through fmt.
func TestArithmeticAndFormatting(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	var i8 int8 = 127
	i8++
	fmt.Println(i8)
	var u8 uint8 = 0
	u8--
	fmt.Println(u8)
	var u8b uint8 = 200
	fmt.Println(u8b+100, u8b*2, -u8b)
	var i16 int16 = 32767
	fmt.Println(i16+1, i16*2)
	var i32 int32 = math.MaxInt32
	fmt.Println(i32+1, -i32-2)
	var u32 uint32 = 1
	fmt.Println(u32<<31, u32<<32, u32<<33)
	var i64 int64 = math.MaxInt64
	fmt.Println(i64+1)
	n := 70
	fmt.Println(1<<n == 0, int64(1)<<62, uint64(1)<<n, -1>>n, int8(-128)>>1)
	var sh uint = 65
	x := 5
	fmt.Println(x<<sh, x>>sh, -x>>sh)
	fmt.Println(string(rune(65)), string(rune(0x1F600)), string(rune(-1)), string(rune(0xD800)))
	bs := []byte("héllo")
	rs := []rune("héllo")
	fmt.Println(len(bs), len(rs), string(bs[1:3]), string(rs[1]))
	s := ""
	for i := 0; i < 5; i++ {
		s += strconv.Itoa(i)
	}
	s += "!"
	fmt.Println(s)
	c := complex(1, 2)
	c2 := 3 + 4i
	fmt.Println(c*c2, real(c), imag(c2), c/c2, c == complex(1, 2))
	var c64 complex64 = complex64(c)
	fmt.Printf("%v %T %.2f\n", c64, c64, c2)
	f := 1.0 / 3
	fmt.Println(f, float32(f), 1e6, 1e21, 1e20, 123456789.0, 0.000001, 0.0000001)
	fmt.Println(math.NaN(), math.Inf(-1), -0.0, 2.0, 100.5)
	fmt.Printf("%v %g %f %.3e %6.2f|%-6.1f|\n", 3.0, 1e-5, 1.5, 123456.789, math.Pi, 2.25)
	var f32 float32 = 16777216
	fmt.Println(f32+1, float64(f32)+1)
	fmt.Println(uint8(int(300) & 0xff))
	big := 300
	fmt.Println(uint8(big), int8(big), byte(big+1))
	fl := 3.99
	fmt.Println(int(fl), int32(-fl))
	fmt.Println(7/2, -7/2, 7%-3, -7%-3, 7.0/2)
	fmt.Println(^5, 5&^3, 6|9, 6^3)
	var u uint = 0
	fmt.Println(u-1 > 0, ^uint32(0))
	fmt.Println(strconv.Quote("a\tb"), fmt.Sprintf("%q %x %X %o %b %c %U", "hi", 255, "hi", 8, 5, 'x', 'x'))
	fmt.Println(fmt.Sprintf("%5d|%-5d|%05d|%+d", 42, 42, 42, 42))
	fmt.Println(fmt.Sprintf("%t %v %p", true, nil, nil))
	fmt.Println(fmt.Sprintf("%8.3f|%-8.2e|%G", math.E, 1234.5, 1e-10))
	type MyInt int
	var mi MyInt = 3
	fmt.Println(mi*2, float64(mi)/2, MyInt(7)/2)
	fmt.Println(len("héllo"), len([]rune("héllo")), "héllo"[1])
	for i, r := range "hé!" {
		fmt.Print(i, ":", string(r), " ")
	}
	fmt.Println()
	fmt.Println(string([]byte{104, 105}), []byte("hi"), []rune("hi"))
	fmt.Println(fmt.Sprint(1, 2, "a", "b", 3), fmt.Sprintln("x", 1))
}
`)
	if got, want := c.stdout.String(), `-128
255
44 144 56
-32768 -2
-2147483648 2147483647
2147483648 0 0
-9223372036854775808
true 4611686018427387904 0 -1 -64
0 0 -1
A 😀 � �
6 5 é é
01234!
(-5+10i) 1 4 (0.44+0.08i) true
(1+2i) complex64 (3.00+4.00i)
0.3333333333333333 0.33333334 1e+06 1e+21 1e+20 1.23456789e+08 1e-06 1e-07
NaN -Inf 0 2 100.5
3 1e-05 1.500000 1.235e+05   3.14|2.2   |
1.6777216e+07 1.6777217e+07
44
44 44 45
3 -3
3 -3 1 -1 3.5
-6 4 15 5
true 4294967295
"a\tb" "hi" ff 6869 10 101 x U+0078
   42|42   |00042|+42
true <nil> %!p(<nil>)
   2.718|1.23e+03|1E-10
6 1.5 3
6 5 195
0:h 1:é 3:! 
hi [104 105] [104 105]
1 2ab3 x 1

`; got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestTypeAssertionErrors: failed assertions from named interfaces, error,
// compiled interfaces and pointers name the types as Go does.
func TestTypeAssertionErrors(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
)

type T struct{ A int }
type U struct{ B int }

func (T) M() {}
func (U) M() {}

type I interface{ M() }
type J interface {
	M()
	N()
}

type MyErr struct{}

func (*MyErr) Error() string { return "my" }

func try(name string, f func()) {
	defer func() {
		r := recover()
		_, isRT := r.(runtime.Error)
		fmt.Println(name, "|", r, "|", isRT)
	}()
	f()
}

func main() {
	var i I = T{1}
	var e error = errors.New("x")
	var r io.Reader = strings.NewReader("s")
	var any1 any = 3
	var pi any = &T{}
	try("I to U", func() { _ = i.(U) })
	try("I to J", func() { _ = i.(J) })
	try("error to MyErr", func() { _ = e.(*MyErr) })
	try("reader to writer", func() { _ = r.(io.Writer) })
	try("any to string", func() { _ = any1.(string) })
	try("any to *U", func() { _ = pi.(*U) })
	try("any to T", func() { _ = pi.(T) })
	try("nil I", func() { var n I; _ = n.(T) })
	try("ok forms", func() {
		_, ok1 := i.(U)
		_, ok2 := i.(J)
		_, ok3 := e.(*MyErr)
		_, ok4 := any1.(fmt.Stringer)
		t, ok5 := i.(T)
		fmt.Println(ok1, ok2, ok3, ok4, t, ok5)
	})
}
`)
	if got, want := c.stdout.String(), `I to U | interface conversion: main.I is main.T, not main.U | true
I to J | interface conversion: main.T is not main.J: missing method N | true
error to MyErr | interface conversion: error is *errors.errorString, not *main.MyErr | true
reader to writer | interface conversion: *strings.Reader is not io.Writer: missing method Write | true
any to string | interface conversion: interface {} is int, not string | true
any to *U | interface conversion: interface {} is *main.T, not *main.U | true
any to T | interface conversion: interface {} is *main.T, not main.T | true
nil I | interface conversion: main.I is nil, not main.T | true
false false false false {1} true
ok forms | <nil> | false
`; got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
}

// TestSignedConstantOverflow: an untyped constant out of the range of a
// signed type is a compile error (go run: "cannot use 200 (untyped int
// constant) as int8 value in variable declaration (overflows)"); the
// bounds themselves are accepted.
func TestSignedConstantOverflow(t *testing.T) {
	ts := newSession(t)
	for _, src := range []string{
		"var x int8 = 200",
		"func g() { var x int8; x = 200; _ = x }",
		"func k(a int8) {}\nk(-129)",
	} {
		_, e := ts.fails(src)
		if e.Name != "CompileError" || !strings.Contains(e.Value, "overflows") {
			t.Errorf("%q: got %v", src, e)
		}
	}
	c := ts.ok(`var a, b, c int8 = 127, -128, -1
var d int16 = -32768
var e int32 = 1<<31 - 1
a+b+c+int8(d>>8)+int8(e>>24)`)
	if got := c.text(); got != "-3" {
		t.Errorf("got %q, want -3", got)
	}
}

// TestAssignStringByte: assigning to a byte of a string is a compile error
// as in Go (it panicked in reflect at run time).
func TestAssignStringByte(t *testing.T) {
	ts := newSession(t)
	_, e := ts.fails("s := \"abc\"\ns[0] = 'x'")
	if e.Name != "CompileError" || !strings.Contains(e.Value, "cannot assign to s[0] (neither addressable nor a map index expression)") {
		t.Errorf("got %v", e)
	}
	c := ts.ok("xs := []byte(\"abc\")\nxs[0] = 'x'\nm := map[string]string{\"a\": \"b\"}\nm[\"a\"] = \"c\"\nstring(xs) + m[\"a\"]")
	if got := c.text(); got != `"xbcc"` {
		t.Errorf("got %s", got)
	}
}

// TestGenericFuncValue: a generic func instantiated with all its type
// arguments is a func value, at the top level of a cell and in a func.
func TestGenericFuncValue(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"
func Map[T, U any](xs []T, f func(T) U) []U {
	out := make([]U, 0, len(xs))
	for _, x := range xs {
		out = append(out, f(x))
	}
	return out
}
func Id[T any](x T) T { return x }`)
	c := ts.ok(`m := Map[int, string]
id := Id[float64]
fmt.Println(m([]int{1}, func(i int) string { return "x" }), id(2.5))
func g() { h := Map[string, int]; fmt.Println(h([]string{"ab"}, func(s string) int { return len(s) })) }
g()
fmt.Printf("%T\n", m)`)
	if got, want := c.stdout.String(), "[x] 2.5\n[2]\nfunc([]int, func(int) string) []string\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
}

// TestRecoverValue: recover() gives the value given to panic (not a
// reflect.Value holding it): r.(error) works, %T names the type, panic(nil)
// gives *runtime.PanicNilError; an uncaught panic shows the value as Go does.
func TestRecoverValue(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import ("fmt"; "errors")
func f(v any) {
	defer func() {
		r := recover()
		e, ok := r.(error)
		s, ok2 := r.(string)
		fmt.Printf("%T %v %v %v %q %v\n", r, r, e, ok, s, ok2)
	}()
	panic(v)
}
f(errors.New("x"))
f("str")
f(3)
func h() { defer func() { r := recover(); fmt.Printf("%T %v\n", r, r) }(); var e error; panic(e) }
h()`)
	want := "*errors.errorString x x true \"\" false\nstring str <nil> false \"str\" true\nint 3 <nil> false \"\" false\n*runtime.PanicNilError panic called with nil argument\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
	for src, first := range map[string]string{
		`panic(fmt.Errorf("e%d", 1))`: "panic: e1",
		`panic(3.5)`:                  "panic: 3.5",
		"var e error\npanic(e)":       "panic: panic called with nil argument",
	} {
		_, e := ts.fails(src)
		if got := traceback(e)[0]; got != first {
			t.Errorf("%q: got %q, want %q", src, got, first)
		}
	}
}

// TestPanicInterpretedError: a value of an interpreted error type given to
// panic is an error for recover().(error), fmt and the panic message.
func TestPanicInterpretedError(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import "fmt"
type VE struct{ s string }
func (e VE) Error() string { return "ve " + e.s }
type PE struct{ s string }
func (e *PE) Error() string { return "pe " + e.s }
type MyErr struct{ s string }
func (e *MyErr) Error() string { return "my " + e.s }
func k1() { defer func() { r := recover(); e, ok := r.(error); fmt.Println(r, e, ok) }(); panic(VE{"a"}) }
func k2() { defer func() { r := recover(); e, ok := r.(error); fmt.Println(r, e, ok) }(); panic(PE{"b"}) }
func k() { defer func() { r := recover(); e, ok := r.(error); fmt.Println(r, e, ok) }(); panic(&MyErr{"k"}) }
k1()
k2()
k()`)
	if got, want := c.stdout.String(), "ve a ve a true\n{b} <nil> false\nmy k my k true\n"; got != want {
		t.Errorf("stdout:\n%s\nwant:\n%s", got, want)
	}
	_, e := ts.fails(`panic(&MyErr{"top"})`)
	if got := traceback(e)[0]; got != "panic: my top" {
		t.Errorf("got %q", got)
	}
}

// TestTypeSwitchOnErrors: a type switch on a recovered value tells
// runtime.Error, error, string and others apart as in Go (case error did
// not match compiled error values).
func TestTypeSwitchOnErrors(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{`import (
	"errors"
	"fmt"
	"runtime"
)

func classify(f func()) (s string) {
	defer func() {
		r := recover()
		switch e := r.(type) {
		case nil:
			s = "none"
		case runtime.Error:
			s = "runtime: " + e.Error()
		case error:
			s = "error: " + e.Error()
		case string:
			s = "string: " + e
		default:
			s = fmt.Sprintf("other %v", e)
		}
	}()
	f()
	return
}

func safeDiv(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			var re runtime.Error
			if e, ok := r.(error); ok && errors.As(e, &re) {
				err = fmt.Errorf("recovered: %w", e)
			}
		}
	}()
	return a / b, nil
}

func main() {
	xs := []int{1, 2, 3}
	i := 10
	fmt.Println(classify(func() { _ = xs[i] }))
	fmt.Println(classify(func() { panic("s") }))
	fmt.Println(classify(func() { panic(errors.New("e")) }))
	fmt.Println(classify(func() { panic(7) }))
	fmt.Println(classify(func() {}))
	fmt.Println(classify(func() { var m map[int]int; m[1] = 1 }))
	fmt.Println(classify(func() { var a any = 1; _ = a.(string) }))
	q, err := safeDiv(1, 0)
	fmt.Println(q, err)
	var re runtime.Error
	fmt.Println(errors.As(err, &re), errors.Unwrap(err) != nil)
}
`, `runtime: runtime error: index out of range [10] with length 3
string: s
error: e
other 7
none
runtime: assignment to entry in nil map
runtime: interface conversion: interface {} is int, not string
0 recovered: runtime error: integer divide by zero
true true
`},
		{`import (
	"errors"
	"fmt"
	"runtime"
)

func kind(r any) string {
	switch r.(type) {
	case nil:
		return "nil"
	case runtime.Error:
		return "runtime"
	case error:
		return "error"
	case fmt.Stringer:
		return "stringer"
	case int, string:
		return "basic"
	}
	return "other"
}

type S struct{}

func main() {
	fmt.Println(kind(errors.New("e")), kind(nil), kind(3), kind("s"), kind(2.5), kind(S{}))
	func() {
		defer func() { fmt.Println(kind(recover())) }()
		var m map[int]int
		m[0] = 1
	}()
}
`, `error nil basic basic other other
runtime
`},
	} {
		ts := newSession(t)
		c := ts.ok(tc.src)
		if got := c.stdout.String(); got != tc.want {
			t.Errorf("stdout:\n%s\nwant:\n%s", got, tc.want)
		}
	}
}

// TestUnhashableKey: an unhashable map key panics with the text Go code
// gets ("runtime error: hash of unhashable type []int").
func TestUnhashableKey(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import ("fmt"; "runtime")
func try() {
	defer func() { r := recover(); _, ok := r.(runtime.Error); fmt.Println(r, ok) }()
	var a any = []int{1}
	m := map[any]int{}
	m[a] = 1
}
try()`)
	if got, want := c.stdout.String(), "runtime error: hash of unhashable type []int true\n"; got != want {
		t.Errorf("stdout %q, want %q", got, want)
	}
}
