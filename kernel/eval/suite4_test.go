package eval

import "testing"

// Regression tests of the fixes found by the suite4 corpus (conformance
// sections gobyexample, tour, effective). Every expected output below is
// what `go run` printed for the same program.

// TestSuite4SelectAssign: a receive case assigning existing variables
// (case b = <-ch, with or without a body, and v, ok = <-ch) sets them, and
// the channel expressions of `v, ok := <-chans[i]` and the values sent by
// `case ch <- f():` are evaluated.
func TestSuite4SelectAssign(t *testing.T) {
	r2both(t, `import "fmt"

type Buffer struct{ id int }

var freeList = make(chan *Buffer, 2)
var created int

func get() *Buffer {
	var b *Buffer
	select {
	case b = <-freeList:
	default:
		created++
		b = &Buffer{id: created}
	}
	return b
}

func sq(x int) int { return x * x }

func main() {
	a, b := get(), get()
	freeList <- a
	c := get()
	fmt.Println(a.id, b.id, c.id, created)
	ch := make(chan int, 1)
	var v int
	ch <- 4
	select {
	case v = <-ch:
		fmt.Println("body", v)
	}
	fmt.Println(v)
	var ok bool
	close(ch)
	select {
	case v, ok = <-ch:
	}
	fmt.Println(v, ok)
	chans := []chan int{make(chan int, 1), make(chan int, 1)}
	chans[1] <- 7
	for i := range 2 {
		select {
		case w, ok := <-chans[i]:
			fmt.Println("got", i, w, ok)
		default:
			fmt.Println("none", i)
		}
	}
	select {
	case chans[0] <- sq(5) + 1:
	default:
	}
	fmt.Println(<-chans[0])
}
`, "1 2 1 2\nbody 4\n4\n0 false\nnone 0\ngot 1 7 true\n26\n")
}

// TestSuite4ShiftCountType: the count of a constant shift keeps its own
// type when the shift is assigned to a float (Effective Go's ByteSize), and
// a float constant holding an integer beyond int64 is usable.
func TestSuite4ShiftCountType(t *testing.T) {
	r2both(t, `import "fmt"

type ByteSize float64

const (
	_           = iota
	KB ByteSize = 1 << (10 * iota)
	MB
	GB
	TB
	PB
	EB
	ZB
	YB
)

func (b ByteSize) String() string {
	switch {
	case b >= YB:
		return fmt.Sprintf("%.2fYB", b/YB)
	case b >= GB:
		return fmt.Sprintf("%.2fGB", b/GB)
	case b >= KB:
		return fmt.Sprintf("%.2fKB", b/KB)
	}
	return fmt.Sprintf("%.2fB", b)
}

const n = 2

var f float64 = 1 << (10 * n)

func main() {
	fmt.Println(YB, GB*3, KB*3/2, ByteSize(5), f)
	const Y float64 = 1 << 80
	fmt.Println(Y/(1<<70), float32(1<<100) > 0)
}
`, "1.00YB 3.00GB 1.50KB 5.00B 1.048576e+06\n1024 true\n")
}

// TestSuite4FmtWholeTypes: a slice, array or map type with its own String
// method is printed with it when it is an element (map[string]IPAddr), and a
// value of an interpreted interface type holding a named non-struct type
// is printed with its String method.
func TestSuite4FmtWholeTypes(t *testing.T) {
	r2both(t, `import (
	"fmt"
	"strconv"
)

type IPAddr [4]byte

func (ip IPAddr) String() string { return fmt.Sprintf("%v.%v.%v.%v", ip[0], ip[1], ip[2], ip[3]) }

type Color int

func (c Color) String() string { return [...]string{"R", "G"}[c] }

type Colors []Color

func (c Colors) String() string { return fmt.Sprintf("%d colors", len(c)) }

type Stringer interface{ String() string }

type named string

func (n named) String() string { return "named(" + string(n) + ")" }

type Temp float64

func (t Temp) String() string { return strconv.FormatFloat(float64(t), 'f', 1, 64) + "C" }

func main() {
	hosts := map[string]IPAddr{"a": {1, 2, 3, 4}}
	fmt.Println(hosts, []IPAddr{{1, 1, 1, 1}}, Colors{0, 1}, []Colors{{1}}, []Color{1, 0}, map[Color]Colors{1: {0}})
	fmt.Printf("%v %s %d\n", hosts, []IPAddr{{9, 9, 9, 9}}, []IPAddr{{9, 9, 9, 9}})
	var s Stringer = named("x")
	var nilS Stringer
	var value interface{} = Temp(3)
	st, _ := value.(Stringer)
	fmt.Println(s, nilS, st)
	fmt.Printf("%v %s %T %q\n", s, st, s, s)
}
`, "map[a:1.2.3.4] [1.1.1.1] 2 colors [1 colors] [G R] map[G:1 colors]\nmap[a:1.2.3.4] [9.9.9.9] [[9 9 9 9]]\nnamed(x) <nil> 3.0C\nnamed(x) 3.0C main.named \"named(x)\"\n")
}

// TestSuite4SelectBranch: a break with a label, a continue, a goto or a
// return as the last statement of a select clause leaves as it says (a
// labeled break went back to the select: for { select { default: break
// loop } } never ended).
func TestSuite4SelectBranch(t *testing.T) {
	r2both(t, `import "fmt"

func jump() (r int) {
	ch := make(chan int, 1)
	ch <- 1
	select {
	case r = <-ch:
		goto end
	}
	r = 100
end:
	return r
}

func main() {
sel:
	for {
		select {
		default:
			break sel
		}
	}
	fmt.Println("after select loop")
	ch := make(chan int, 5)
	for i := 0; i < 5; i++ {
		ch <- i
	}
	n := 0
	for i := 0; i < 4; i++ {
		select {
		case v := <-ch:
			if v%2 == 0 {
				fmt.Println("even", v)
				continue
			}
			fmt.Println("odd", v)
		}
		n++
	}
	fmt.Println("n", n, jump())
	for i := 0; i < 3; i++ {
		select {
		case <-ch:
			fmt.Println("received", i)
			continue
		default:
			fmt.Println("default", i)
			continue
		}
	}
}
`, "after select loop\neven 0\nodd 1\neven 2\nodd 3\nn 2 1\nreceived 0\ndefault 1\ndefault 2\n")
}

// TestSuite4NilInterfaceMethod: calling a method of a nil value of an
// interpreted interface type panics with Go's nil dereference error (it
// panicked "method not found: M").
func TestSuite4NilInterfaceMethod(t *testing.T) {
	r2both(t, `import "fmt"

type I interface{ M() }

type T struct{}

func (T) M() { fmt.Println("M") }

var i I

func call() (r any) {
	defer func() { r = recover() }()
	i.M()
	return nil
}

func local() (r any) {
	defer func() { r = recover() }()
	var j I
	j.M()
	return nil
}

func main() {
	fmt.Println(call())
	fmt.Println(local())
	i = T{}
	i.M()
}
`, "runtime error: invalid memory address or nil pointer dereference\nruntime error: invalid memory address or nil pointer dereference\nM\n")
}

// TestSuite4SelectAssignOperands: a receive case assigning a field, an
// element or a map entry (case s.f = <-ch, case m[k], ok = <-ch) sets it
// (the value received was lost).
func TestSuite4SelectAssignOperands(t *testing.T) {
	r2both(t, `import "fmt"

type S struct{ f int }

func main() {
	var s S
	arr := []int{0, 0}
	m := map[string]int{}
	ch := make(chan int, 3)
	ch <- 1
	ch <- 2
	ch <- 3
	select {
	case s.f = <-ch:
	}
	select {
	case arr[1] = <-ch:
		fmt.Println("body", arr[1])
	}
	var ok bool
	select {
	case m["k"], ok = <-ch:
	}
	fmt.Println(s.f, arr, m, ok)
	close(ch)
	p := &s
	select {
	case p.f, _ = <-ch:
	}
	fmt.Println(s.f)
}
`, "body 2\n1 [0 2] map[k:3] true\n0\n")
}

// TestSuite4TypeSwitchWrappedError: a type switch on an error holding a
// value of an interpreted type (returned as an error, so held by an
// interface wrapper) matches the case of that type, with a clause
// variable, without one, and in a case listing several types.
func TestSuite4TypeSwitchWrappedError(t *testing.T) {
	r2both(t, `import (
	"fmt"
	"strconv"
)

type SyntaxError struct {
	Line int
	Msg  string
}

func (e *SyntaxError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

type Code int

func (c Code) Error() string { return "code " + strconv.Itoa(int(c)) }

func get(i int) error {
	switch i {
	case 0:
		return &SyntaxError{3, "unexpected token"}
	case 1:
		return Code(7)
	case 2:
		_, err := strconv.Atoi("x")
		return err
	}
	return nil
}

func main() {
	for i := range 4 {
		err := get(i)
		switch e := err.(type) {
		case nil:
			fmt.Println("nil")
		case *SyntaxError:
			fmt.Println("syntax error at line", e.Line)
		case Code:
			fmt.Println("code", int(e))
		case *strconv.NumError:
			fmt.Println("number error:", e.Func)
		}
		switch err.(type) {
		case *SyntaxError:
			fmt.Println("syntax again")
		}
		switch e := err.(type) {
		case *SyntaxError, Code:
			fmt.Println("mine:", e)
		default:
			fmt.Println("not mine:", e)
		}
	}
}
`, "syntax error at line 3\nsyntax again\nmine: line 3: unexpected token\ncode 7\nmine: code 7\nnumber error: Atoi\nnot mine: strconv.Atoi: parsing \"x\": invalid syntax\nnil\nnot mine: <nil>\n")
}
