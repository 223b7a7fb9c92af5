package eval

import (
	"strings"
	"testing"
)

// Constant expressions are checked as gc checks them (yaegi patch
// "Constant expressions checked as go/types does", interp/constcheck.go):
// every expectation below is what `go run` of the same program prints.

// TestConstTypedOverflow: a typed constant operation whose result is not
// representable in its type is a compile error (it wrapped silently:
// small - 1 printed 127).
func TestConstTypedOverflow(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"const small int8 = -128\nfmt.Println(small - 1)", "small - 1 (constant -129 of type int8) overflows int8"},
		{"const c int8 = 100\nfmt.Println(c * 2)", "c * 2 (constant 200 of type int8) overflows int8"},
		{"const u uint8 = 0\nfmt.Println(u - 1)", "u - 1 (constant -1 of type uint8) overflows uint8"},
		{"fmt.Println(int8(1) << 7)", "int8(1) << 7 (constant 128 of type int8) overflows int8"},
		{"fmt.Println(int64(1) << 63)", "int64(1) << 63 (constant 9223372036854775808 of type int64) overflows int64"},
		{"fmt.Println(^uint8(0) + 1)", "^uint8(0) + 1 (constant 256 of type uint8) overflows uint8"},
		{"fmt.Println(-int8(-128))", "-int8(-128) (constant 128 of type int8) overflows int8"},
		{"const x uint = 3\nfmt.Println(-x)", "-x (constant -3 of type uint) overflows uint"},
		{"x := uint8(255) + 1\nfmt.Println(x)", "uint8(255) + 1 (constant 256 of type uint8) overflows uint8"},
		{"const small int8 = -128\nconst smaller = small - 1", "small - 1 (constant -129 of type int8) overflows int8"},
		{"const d = time.Duration(1<<63 - 1)\nfmt.Println(d + 1)", "d + 1 (constant 9223372036854775808 of int64 type time.Duration) overflows int64"},
		{"const c int16 = 200\nfmt.Println(int8(c))", "constant 200 overflows int8"},
	} {
		ts := newSession(t)
		ts.ok(`import ("fmt"; "time")`)
		if _, e := ts.fails(tc.src); e.Name != "CompileError" || !strings.Contains(e.Value, tc.want) {
			t.Errorf("%q: got %s %q, want a CompileError %q", tc.src, e.Name, e.Value, tc.want)
		}
	}
}

// TestConstUntypedRepresentable: an untyped constant converted or assigned
// to a type must be representable in it, in gc's words.
func TestConstUntypedRepresentable(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"var x uint8 = 256", "cannot use 256 (untyped int constant) as uint8 value in variable declaration (overflows)"},
		{"fmt.Println(int8(200))", "constant 200 overflows int8"},
		{"fmt.Println(uint(-1))", "constant -1 overflows uint"},
		{"fmt.Println(byte('世'))", "constant 19990 overflows byte"},
		{"func f(x int32) int32 { return x }\nfmt.Println(f(1 << 40))", "cannot use 1 << 40 (untyped int constant 1099511627776) as int32 value in argument to f (overflows)"},
		{"x := 1 << 70\nfmt.Println(x)", "cannot use 1 << 70 (untyped int constant 1180591620717411303424) as int value in assignment (overflows)"},
		{"fmt.Println(int(1.5))", "cannot convert 1.5 (untyped float constant) to type int"},
		{"const big = 1 << 100\nfmt.Println(big)", "cannot use big (untyped int constant 1267650600228229401496703205376) as int value in argument to fmt.Println (overflows)"},
		{"var i int = 2.5", "cannot use 2.5 (untyped float constant) as int value in variable declaration (truncated)"},
		{"var f float32 = 1e40", "cannot use 1e40 (untyped float constant 1e+40) as float32 value in variable declaration (overflows)"},
		{"var x int8\nfmt.Println(x + 200)", "200 (untyped int constant) overflows int8"},
		{"fmt.Println(-(-128) == int8(-128))", "-(-128) (untyped int constant 128) overflows int8"},
		{"const c int8 = 200", "cannot use 200 (untyped int constant) as int8 value in constant declaration (overflows)"},
		{"func g() uint8 { return 300 }", "cannot use 300 (untyped int constant) as uint8 value in return statement (overflows)"},
		{"fmt.Println([]int8{1, 2, 128})", "cannot use 128 (untyped int constant) as int8 value in array or slice literal (overflows)"},
		{"type P struct{ b uint8 }\nfmt.Println(P{b: 256})", "cannot use 256 (untyped int constant) as uint8 value in struct literal (overflows)"},
		{"m := map[int8]int{200: 1}", "cannot use 200 (untyped int constant) as int8 value in map literal (overflows)"},
		{"ch := make(chan int8, 1)\nch <- 200", "cannot use 200 (untyped int constant) as int8 value in send (overflows)"},
		{"var x int8 = 1\nswitch x {\ncase 200:\n}", "200 (untyped int constant) overflows int8"},
		{"var x int8 = 1\nx += 200", "200 (untyped int constant) overflows int8"},
		{"var b byte = 'a' + 200", "cannot use 'a' + 200 (untyped rune constant 297) as byte value in variable declaration (overflows)"},
		{"const c = 10\nvar x uint8 = c * 30", "cannot use c * 30 (untyped int constant 300) as uint8 value in variable declaration (overflows)"},
		{"fmt.Println(int32(1e10))", "cannot convert 1e10 (untyped float constant 10000000000) to type int32"},
		{"a := [3]int{}\nfmt.Println(a[1.5])", "1.5 (untyped float constant) truncated to int"},
		{"func g(xs ...int8) {}\ng(1, 2, 300)", "cannot use 300 (untyped int constant) as int8 value in argument to g (overflows)"},
		{"fmt.Println(time.Second * 1.5)", "1.5 (untyped float constant) truncated to int64"},
		{"x := 10\ny := x * 1.5", "1.5 (untyped float constant) truncated to int"},
		{"const c = 1 << 1000", "constant shift overflow"},
		{"var a [-1]int", "invalid array length -1 (untyped int constant)"},
		{"var a [1 << 70]int", "invalid array length 1 << 70 (untyped int constant 1180591620717411303424)"},
		{"s := []int{1, 2}\nfmt.Println(s[1:0])", "invalid slice indices: 0 < 1"},
	} {
		ts := newSession(t)
		ts.ok(`import ("fmt"; "time")`)
		if _, e := ts.fails(tc.src); e.Name != "CompileError" || !strings.Contains(e.Value, tc.want) {
			t.Errorf("%q: got %s %q, want a CompileError %q", tc.src, e.Name, e.Value, tc.want)
		}
	}
}

// TestConstDivisionAndIndex: a constant zero divisor of a constant or an
// integer, a constant index out of range or negative, a negative constant
// size are compile errors; a float variable divided by 0 is +Inf.
func TestConstDivisionAndIndex(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"fmt.Println(1 / 0)", "invalid operation: division by zero"},
		{"x := 3\nfmt.Println(x / 0)", "invalid operation: division by zero"},
		{"x := 3\nfmt.Println(x % 0)", "invalid operation: division by zero"},
		{"y := 4\ny /= 0", "invalid operation: division by zero"},
		{"const z int = 0\nx := 3\nfmt.Println(x / z)", "invalid operation: division by zero"},
		{"const f = 1.0 / 0.0", "invalid operation: division by zero"},
		{"a := [3]int{}\nfmt.Println(a[5])", "invalid argument: index 5 out of bounds [0:3]"},
		{`fmt.Println("abc"[5])`, "invalid argument: index 5 out of bounds [0:3]"},
		{"const s = \"abc\"\nfmt.Println(s[3])", "invalid argument: index 3 out of bounds [0:3]"},
		{"var a [3]int\nfmt.Println(a[2:5])", "invalid argument: index 5 out of bounds [0:4]"},
		{"s := []int{1}\nfmt.Println(s[-1])", "invalid argument: index -1 (constant of type int) must not be negative"},
		{"fmt.Println(make([]int, -1))", "invalid argument: index -1 (constant of type int) must not be negative"},
		{"fmt.Println(make([]int, 2, 1))", "invalid argument: length and capacity swapped"},
	} {
		ts := newSession(t)
		ts.ok(`import "fmt"`)
		if _, e := ts.fails(tc.src); e.Name != "CompileError" || !strings.Contains(e.Value, tc.want) {
			t.Errorf("%q: got %s %q, want a CompileError %q", tc.src, e.Name, e.Value, tc.want)
		}
	}
	ts := newSession(t)
	c := ts.ok(`import "fmt"
var f float64 = 1
x := 3.0
x /= 0
var c complex128 = 1
fmt.Println(f/0, -f/0.0, x, c/0)`)
	if got, want := c.stdout.String(), "+Inf -Inf +Inf (+Inf+NaNi)\n"; got != want {
		t.Errorf("float division by zero: got %q, want %q", got, want)
	}
}

// TestConstValidEdges: constants at the edges of their types, complex
// constants beyond int64 (real(Y) panicked in reflect), and run-time
// (non-constant) arithmetic, which wraps as in Go.
func TestConstValidEdges(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import ("fmt"; "math")
const Y complex128 = 1 << 80
const W complex64 = 1.5 - 2i
const big = 1 << 100
const small int8 = -127
fmt.Println(real(Y), imag(Y))
fmt.Printf("%v %T\n", real(W), imag(W))
fmt.Println(big>>98, uint64(math.MaxUint64), small-1, ^uint8(0), int8(math.MinInt8))
const c int16 = 100
fmt.Println(int8(c), string(rune(-1)) == "\uFFFD", "abc"[2])
var a int8 = 127
a++
var b uint8
b--
n := int8(-128)
fmt.Println(a, b, -n, n / -1, uint8(200)*b)`)
	want := "1.2089258196146292e+24 0\n1.5 float32\n4 18446744073709551615 -128 255 -128\n100 true 99\n-128 255 -128 -128 56\n"
	if got := c.stdout.String(); got != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}

// TestConstValidContexts: constants at the bounds of their destination in
// every context that is checked (map key, send, switch case, op=, var).
func TestConstValidContexts(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import "fmt"
m := map[int8]int{127: 1}
ch := make(chan int8, 1)
ch <- -128
var x int8 = 1
switch x {
case 127:
}
x += 126
var b byte = 'a' + 2
fmt.Println(m, <-ch, x, b, int32(1e9))`)
	if got, want := c.stdout.String(), "map[127:1] -128 127 99 1000000000\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestConstIntegerDivisionTypedDest: the quotient of two untyped integer
// constants is an integer division also when the expression has a float
// destination (var f float64 = 7 / 2 printed 3.5).
func TestConstIntegerDivisionTypedDest(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`import "fmt"
var f float64 = 7 / 2
var g float32 = 1 / 3
var h float64 = 7.0 / 2
var c complex128 = 9 / 2
var r float64
r = 10 / 4
fmt.Println(f, g, h, c, r, float64(7/2), 1/2*4.0)`)
	if got, want := c.stdout.String(), "3 0 3.5 (4+0i) 2 3 0\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
