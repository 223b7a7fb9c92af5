package eval

// Regression tests of session 8's helper "unsafe": the builtins of package
// unsafe (third_party/yaegi/interp/unsafe.go), complex64 constants and
// gc's names of types in compile errors. Each expected output is what
// `go run` prints for the program made of the cells (checked by running
// it).

import (
	"strings"
	"testing"
)

// unsafe.Slice, String, StringData and SliceData (Go 1.17/1.20) are
// builtins generic over the pointer type, also under another import name
// and at a cell's top level (package-level variables) as in a func.
func TestUnsafeSliceString(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	u "unsafe"
)`)
	ts.ok(`type Pt struct {
	X, Y int16
	Name string
}
type PtPtr *Pt
type Bytes []byte`)
	wantStdout(t, ts, `pts := []Pt{{1, 2, "a"}, {3, 4, "b"}, {5, 6, "c"}}
s := u.Slice(&pts[1], 2)
s[0].X = 30
fmt.Println(pts[1], len(s), cap(s), s[1].Name)
var pp PtPtr = &pts[0]
fmt.Println(u.Slice(pp, 1)[0].Y)
b := Bytes("héllo")
fmt.Println(*u.SliceData(b), u.String(u.SliceData(b), 3))
str := "gopher"
p := u.StringData(str)
fmt.Println(string(*(*byte)(u.Add(u.Pointer(p), 2))))
var n8 uint8 = 4
fmt.Println(u.String(p, n8), u.String(p, int64(2)))
arr := [4]int64{10, 20, 30, 40}
q := u.Pointer(&arr[0])
fmt.Println(*(*int64)(u.Add(q, 3*u.Sizeof(arr[0]))), *(*int64)(u.Add(u.Add(q, 16), -8)))
ints := u.Slice(&arr[1], 2)
ints = append(ints, 99)
fmt.Println(arr, ints)
fmt.Printf("%T %T %T %T\n", s, u.SliceData(ints), u.StringData(str), u.Add(q, 1))
var nilInts []int
fmt.Println(u.SliceData(nilInts) == nil, u.SliceData([]int{}) != nil, u.String(nil, 0) == "")
var zp *struct{}
fmt.Println(len(u.Slice(zp, 0)), u.Slice(zp, 0) == nil)`, `{30 4 b} 2 2 c
2
104 hé
p
goph go
40 20
[10 20 30 40] [20 30 99]
[]main.Pt *int64 *uint8 unsafe.Pointer
true true true
0 true
`)
}

// unsafe.Slice and unsafe.String panic with the runtime's errors for a nil
// pointer with a length and for a length out of range.
func TestUnsafeSlicePanics(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"unsafe"
)`)
	ts.ok(`func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%T %v\n", r, r)
	}()
	f()
}`)
	wantStdout(t, ts, `var p *int
n := -1
try(func() { _ = unsafe.Slice(p, 1) })
x := 5
try(func() { _ = unsafe.Slice(&x, n) })
try(func() { _ = unsafe.String(nil, 1) })
b := byte(1)
try(func() { _ = unsafe.String(&b, n) })
var big uint64 = 1 << 62
try(func() { _ = unsafe.Slice(&x, big) })
try(func() { fmt.Println(len(unsafe.Slice(p, 0))) })`, `runtime.errorString runtime error: unsafe.Slice: ptr is nil and len is not zero
runtime.errorString runtime error: unsafe.Slice: len out of range
runtime.errorString runtime error: unsafe.String: ptr is nil and len is not zero
runtime.errorString runtime error: unsafe.String: len out of range
runtime.errorString runtime error: unsafe.Slice: len out of range
0
<nil> <nil>
`)
	c := ts.run(`y := 1
_ = unsafe.Slice(&y, -1)`)
	if c.err == nil || !strings.Contains(c.err.Error(), "must not be negative") {
		t.Fatalf("unsafe.Slice(&y, -1): %v, want a compile error", c.err)
	}
	c = ts.run(`f := unsafe.Slice`)
	if c.err == nil || !strings.Contains(c.err.Error(), "must be called") {
		t.Fatalf("f := unsafe.Slice: %v, want a compile error", c.err)
	}
}

// unsafe.Sizeof, Alignof and Offsetof are constants with gc's values, also
// for notebook types whose runtime representation differs (a notebook
// interface), for promoted fields and through a nil pointer; their
// argument is not evaluated.
func TestUnsafeSizeofLayout(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import (
	"fmt"
	"unsafe"
)`)
	ts.ok(`type Shape interface{ Area() float64 }
type Inner struct {
	A byte
	B int32
}
type Outer struct {
	X int8
	Inner
	S  Shape
	F  func()
	M  map[string]int
	E  any
	C  chan int
	Ar [3]int16
	Z  struct{}
}
type Small struct {
	a bool
	b int16
}
type Pt struct {
	X, Y int16
	Name string
}
const (
	szOuter = unsafe.Sizeof(Outer{})
	alOuter = unsafe.Alignof(Outer{})
	offB    = unsafe.Offsetof(Outer{}.B)
	offS    = unsafe.Offsetof(Outer{}.S)
)
var arr [unsafe.Sizeof(Small{})]byte
var calls int
func f() Pt { calls++; return Pt{} }`)
	wantStdout(t, ts, `var o Outer
var s Shape
fmt.Println(szOuter, alOuter, offB, offS, len(arr))
fmt.Println(unsafe.Sizeof(o), unsafe.Sizeof(s), unsafe.Alignof(s))
fmt.Println(unsafe.Offsetof(o.Inner), unsafe.Offsetof(o.B), unsafe.Offsetof(o.A), unsafe.Offsetof(o.F), unsafe.Offsetof(o.M), unsafe.Offsetof(o.E), unsafe.Offsetof(o.C), unsafe.Offsetof(o.Ar), unsafe.Offsetof(o.Z))
fmt.Println(unsafe.Sizeof(Small{}), unsafe.Alignof(Small{}), unsafe.Offsetof(Small{}.b))
const k = unsafe.Alignof(o.B) * 2
var ka [k]bool
fmt.Println(k, len(ka))
fmt.Println(unsafe.Sizeof(f()), calls)
var np *Pt
fmt.Println(unsafe.Offsetof(np.Name), unsafe.Sizeof(*np), unsafe.Alignof(np.Y))
var ptr unsafe.Pointer = unsafe.Pointer(&o)
*(*int32)(unsafe.Add(ptr, unsafe.Offsetof(o.B))) = 42
var off uintptr = 8
fmt.Println(o.B, *(*int32)(unsafe.Add(ptr, off)), *(*int32)(unsafe.Pointer(uintptr(ptr) + unsafe.Offsetof(o.B))))`, `80 8 8 16 4
80 16 8
4 8 4 32 40 48 64 72 78
4 2 2
8 8
24 0
8 24 2
42 42 42
`)
}

// A typed complex64 constant made with complex(…) holds its value rounded
// to complex64, as gc rounds a typed constant to its type; an untyped one
// is exact.
func TestUnsafeComplex64Const(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`const c complex64 = complex(1.0/3, 0)
type C64 complex64
const e C64 = complex(0.1, 0.2)
const big = complex(1e300, 0) * 1e10 / 1e10`)
	wantStdout(t, ts, `var x complex64 = complex(1.0/3, 0)
fmt.Println(complex128(c), complex128(e), c == x, c)
fmt.Println(big)`, `(0.3333333432674408+0i) (0.10000000149011612+0.20000000298023224i) true (0.33333334+0i)
(1e+300+0i)
`)
}

// Compile errors name byte and rune as gc does where the source wrote them
// ([]byte, not []uint8), and a string constant sent on a chan rune is a
// compile error (it failed at run time).
func TestUnsafeErrorsNameByteRune(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	ts.ok(`func f(b []byte) { fmt.Println(b) }
func g(r rune) {}
func h(m map[string]byte) {}`)
	for _, tc := range []struct{ code, want string }{
		{`f("s")`, "[]byte"},
		{`var s string = "x"
g(s)`, "cannot use s (variable of type string) as rune value in argument to g"},
		{`h(map[string]int{})`, "map[string]byte"},
		{`var x []byte
var y string = x`, "cannot use x (variable of type []byte) as string value in variable declaration"},
		{`var bs []byte
bs = append(bs, 300)`, "cannot use 300 (untyped int constant) as byte value in argument to append (overflows)"},
		{`var a [2]rune
a[0] = 1 << 33`, "cannot use 1 << 33 (untyped int constant 8589934592) as rune value in assignment (overflows)"},
		{`c := make(chan rune, 1)
c <- "x"`, `cannot use "x" (untyped string constant) as rune value in send`},
	} {
		c := ts.run(tc.code)
		if c.err == nil || !strings.Contains(c.err.Error(), tc.want) {
			t.Errorf("%s: error %v, want one with %q", tc.code, c.err, tc.want)
		}
	}
}

// In a tuple assignment, the map and key operands of a map entry on the
// left are evaluated before any assignment (k, m[k] = "b", 1 sets m["a"]:
// it set m["b"], silently). An untyped constant min or max of int and
// float constants is an untyped float.
func TestUnsafeSpecCorners(t *testing.T) {
	ts := newSession(t)
	ts.ok(`import "fmt"`)
	wantStdout(t, ts, `m := map[string]int{}
k := "a"
k, m[k] = "b", 1
fmt.Println(k, m)
m2 := map[string]int{}
old := m2
m2, m2["x"] = map[string]int{}, 2
fmt.Println(m2, old)
const c = min(1, 2.5, -3)
const d = max('a', 1)
fmt.Printf("%T %v %T %v\n", c, c, d, d)`, `b map[a:1]
map[] map[x:2]
float64 -3 int32 97
`)
}
