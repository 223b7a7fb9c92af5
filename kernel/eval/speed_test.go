package eval

import (
	"strings"
	"testing"
)

// The typed fast paths of interpreted loops (third_party/yaegi
// interp/fastops.go) give what `go run` gives: wraparound of each integer
// kind, floats (NaN, ±Inf), strings, loop variables captured by closures,
// slices of structs, integer division by zero.

// speedProg is the body of a program whose main calls runAll; speedWant is
// what `go run` prints.
const speedProg = `import "fmt"

type Celsius float64
type P struct{ X, Y int }

var g int
var g8 int8

func ints() {
	var a int8 = 120
	for i := 0; i < 10; i++ {
		a++
	}
	fmt.Println("int8 ++", a)
	var b uint8 = 5
	for i := 0; i < 10; i++ {
		b--
	}
	fmt.Println("uint8 --", b)
	var c int16 = 1000
	for i := 0; i < 5; i++ {
		c *= 7
	}
	fmt.Println("int16 *=", c)
	var d int32 = 2147483600
	var e int32 = 100
	d += e
	fmt.Println("int32 +=", d)
	var u uint32 = 3
	u -= 5
	fmt.Println("uint32 -=", u)
	var x, y int8 = 100, 100
	z := x + y
	w := x * y
	v := x - (-y)
	fmt.Println("int8 binary", z, w, v)
	var q int8 = -128
	var m1 int8 = -1
	fmt.Println("int8 quo", q/m1, q%m1, int8(-7)/2, int8(-7)%2)
	var h uint64 = 1<<64 - 1
	h += 2
	fmt.Println("uint64", h, h*h, h&^3, h|12, h^5)
	var i64 int64 = -9223372036854775808
	i64--
	fmt.Println("int64 --", i64)
	var k, n int = 17, 5
	fmt.Println("int ops", k/n, k%n, -k/n, -k%n, k&n, k|n, k^n, k&^n)
	s := 0
	for j := 0; j < 100; j++ {
		if j%3 == 0 {
			continue
		}
		if j > 50 {
			break
		}
		s += j
	}
	fmt.Println("loop", s)
	lt, le, gt, ge, eq, ne := k < n, k <= n, k > n, k >= n, k == n, k != n
	fmt.Println("cmp", lt, le, gt, ge, eq, ne)
	var u8 uint8 = 200
	if u8 > 100 {
		fmt.Println("u8 > 100")
	}
	var i32 int32 = -5
	if i32 < -4 {
		fmt.Println("i32 < -4")
	}
	t := 0
	for a := 10; a > 0; a -= 3 {
		t += a
	}
	fmt.Println("down", t)
	for i := 0; i < 1000; i++ {
		g += i
		g8 += int8(1)
	}
	fmt.Println("globals", g, g8)
}

func floats() {
	f := 0.0
	for i := 0; i < 10; i++ {
		f += 0.1
	}
	fmt.Println("float", f, f*3, f/3, f-1)
	var zero float64
	fmt.Println("float div", 1/zero, -1/zero, zero/zero == zero/zero)
	nan := zero / zero
	fmt.Println("nan", nan < 1, nan > 1, nan == nan, nan != nan, nan <= nan)
	var c Celsius
	for i := 0; i < 4; i++ {
		c += 1.5
	}
	c++
	fmt.Println("celsius", c, c > 6.5, c*2)
	fl := 1.0
	for fl < 1e10 {
		fl *= 3.7
	}
	fmt.Println("grow", fl)
}

func strs() {
	s := ""
	for i := 0; i < 5; i++ {
		s += "ab"
	}
	t := s + "!"
	fmt.Println(s, t, len(t), s < t, s > t, s == "ababababab", s != "x")
	u := "b"
	if u > "a" && u >= "b" && u <= "b" && u < "c" {
		fmt.Println("str cmp ok")
	}
}

func closures() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	x := 0
	inc := func() { x += 10 }
	for i := 0; i < 5; i++ {
		inc()
		x += i
	}
	fmt.Println("captured", x)
	var ptrs []*int
	for i := 0; i < 3; i++ {
		ptrs = append(ptrs, &i)
	}
	fmt.Println("addr", *ptrs[0], *ptrs[1], *ptrs[2])
	n := 0
	p := &n
	for j := 0; j < 5; j++ {
		*p += j
		n++
	}
	fmt.Println("alias", n)
}

func structs() {
	ps := make([]P, 10)
	s := 0
	for r := 0; r < 3; r++ {
		for i := range ps {
			ps[i].X += i
			ps[i].Y = ps[i].X * 2
			s += ps[i].Y
		}
	}
	fmt.Println("structs", s, ps[9])
	fl := []float64{1, 2, 3}
	tot := 0.0
	for i := 0; i < len(fl); i++ {
		fl[i] *= 2
		tot += fl[i]
	}
	fmt.Println("floats slice", fl, tot)
}

func divzero() (msg string) {
	defer func() { msg = fmt.Sprint(recover()) }()
	a, b := 10, 0
	for i := 0; i < 3; i++ {
		a = a / (b + i - i)
	}
	return "no panic"
}

func nested() {
	count := 0
outer:
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			if j == i {
				continue outer
			}
			if i == 8 {
				break outer
			}
			count += i * j
		}
	}
	fmt.Println("nested", count)
}

func branches() {
	c := [12]int{}
	n, m := 3, -2
	for i := -5; i <= 5; i++ {
		if i < n {
			c[0]++
		}
		if i < 2 {
			c[1]++
		}
		if i <= n {
			c[2]++
		}
		if i <= -3 {
			c[3]++
		}
		if i > m {
			c[4]++
		}
		if i > 4 {
			c[5]++
		}
		if i >= m {
			c[6]++
		}
		if i >= 0 {
			c[7]++
		}
		if i == m {
			c[8]++
		}
		if i == 1 {
			c[9]++
		}
		if i != n {
			c[10]++
		}
		if i != -5 {
			c[11]++
		}
	}
	fmt.Println("branches", c)
	a, b := 1<<62, 1<<62
	x := a + b
	y := x - 7
	z := y + 9
	w := z - b
	a += b
	a -= 3
	fmt.Println("int add sub", x, y, z, w, a)
	var v int32 = 7
	cnt := 0
	for k := 0; k < 20; k++ {
		if v != 7 {
			cnt += 100
		}
		if v == 7 {
			cnt++
		}
	}
	fmt.Println("int32 eq ne", cnt)
}

type Q struct {
	N    int
	F    float64
	S    string
	B    bool
	Next *Q
}

func slices() {
	sa := []int{5, 6, 7}
	sb := make([]int, 3)
	for i := range sa {
		sb[i] = sa[2-i]
		sa[i] += sb[i]
	}
	fmt.Println("slices", sa, sb)
	qs := make([]Q, 3)
	for i := range qs {
		qs[i].N = i * 3
		qs[i].F = float64(i) / 2
		qs[i].S = "q"
		qs[i].S += qs[i].S
		qs[i].B = qs[i].N > 2
		qs[i].N++
	}
	fmt.Println("qs", qs[0].N, qs[1].N, qs[2].N, qs[2].F, qs[1].S, qs[0].B, qs[2].B)
	var q Q
	for i := 0; i < 4; i++ {
		q.N += i
		q.F = q.F + 0.5
	}
	fmt.Println("q", q.N, q.F)
	x, y, s, t, bb := 1, 2, "a", "b", false
	for i := 0; i < 3; i++ {
		x = y
		y = i
		s = t
		t = s + "c"
		bb = !bb
	}
	fmt.Println("assign", x, y, s, t, bb)
	grow := []int{1}
	n := 0
	for i := range grow {
		if i < 3 {
			grow = append(grow, i)
		}
		n++
	}
	fmt.Println("grow", n, len(grow))
}

func outOfRange() (msg string) {
	defer func() { msg = fmt.Sprint(recover() != nil) }()
	a := []int{1, 2, 3}
	s := 0
	for i := 0; i < 5; i++ {
		s += a[i]
	}
	return "no panic"
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func runAll() {
	slices()
	fmt.Println("out of range panics:", outOfRange())
	branches()
	ints()
	floats()
	strs()
	closures()
	structs()
	fmt.Println("divzero", divzero())
	nested()
	fmt.Println("fib", fib(20))
}`

const speedWant = `slices [12 12 19] [7 6 12]
qs 1 4 7 1 qq false true
q 6 2
assign 1 2 bcc bccc true
grow 1 2
out of range panics: true
branches [8 7 9 3 7 1 8 6 1 1 10 10]
int add sub -9223372036854775808 9223372036854775801 -9223372036854775806 4611686018427387906 9223372036854775805
int32 eq ne 20
int8 ++ -126
uint8 -- 251
int16 *= 29784
int32 += -2147483596
uint32 -= 4294967294
int8 binary -56 16 -56
int8 quo -128 0 -3 -1
uint64 1 1 0 13 4
int64 -- 9223372036854775807
int ops 3 2 -3 -2 1 21 20 16
loop 867
cmp false false true true false true
u8 > 100
i32 < -4
down 22
globals 499500 -24
float 0.9999999999999999 2.9999999999999996 0.3333333333333333 -1.1102230246251565e-16
float div +Inf -Inf false
nan false false false true false
celsius 7 true 14
grow 1.6890053810563314e+10
ababababab ababababab! 11 true false true true
str cmp ok
0 1 2 
captured 60
addr 0 1 2
alias 15
structs 540 {27 54}
floats slice [2 4 6] 12
divzero runtime error: integer divide by zero
nested 322
fib 6765
`

func TestSpeedFastPathsInFuncs(t *testing.T) {
	ts := newSession(t)
	ts.ok(speedProg)
	c := ts.ok(`runAll()`)
	if got := c.stdout.String(); got != speedWant {
		t.Errorf("got:\n%s\nwant:\n%s", got, speedWant)
	}
}

// The same loops at a cell's top level, where the variables are globals.
func TestSpeedFastPathsTopLevel(t *testing.T) {
	ts := newSession(t)
	c := ts.ok(`var a int8 = 120
for i := 0; i < 10; i++ {
	a++
}
var b uint8 = 5
for i := 0; i < 10; i++ {
	b -= 1
}
var h uint64 = 1<<64 - 1
h += 2
s, f, str := 0, 0.0, ""
for j := 0; j < 100; j++ {
	if j%3 == 0 {
		continue
	}
	if j > 50 {
		break
	}
	s += j
	f += 0.1
	str += "x"
}
var fs []func() int
for i := 0; i < 3; i++ {
	fs = append(fs, func() int { return i * 10 })
}
lt := s < 1000
fmt.Println(a, b, h, s, f, len(str), lt, fs[0](), fs[1](), fs[2]())`)
	// go run of the same statements in main prints:
	if got, want := c.stdout.String(), "-126 251 1 867 3.4000000000000017 34 true 0 10 20\n"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// A loop that runs in one fast program still stops at an interrupt.
func TestSpeedInterruptFastLoop(t *testing.T) {
	ts := newSession(t)
	ts.ok(`func spin() int {
	x := 0
	for i := 0; ; i++ {
		x += i
	}
	return x
}`)
	for _, code := range []string{
		"fmt.Println(\"started\")\nx := 0\nfor i := 0; i >= 0; i++ {\n\tx ^= i\n}",
		"fmt.Println(\"started\")\nspin()",
	} {
		_, e := ts.interrupt(code)
		if strings.Contains(strings.Join(e.Trace, "\n"), "interpreter was stopped") {
			t.Errorf("%q needed the hard stop: %v", code, e.Trace)
		}
	}
}
