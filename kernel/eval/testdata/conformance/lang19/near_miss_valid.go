package main

import (
	"fmt"
	"iter"
	"math"
	"strings"
	"time"
)

// Programs that look like the mistakes lang19 rejects, and are valid Go.

type Point struct{ X, Y int }

type Shape interface{ Area() float64 }

type Named interface {
	Shape
	fmt.Stringer
}

type Num interface{ ~int | ~float64 }

type Celsius float64

func Sum[T Num](xs ...T) T {
	var s T
	for _, x := range xs {
		s += x
	}
	return s
}

type Sq struct{ s float64 }

func (q *Sq) Area() float64  { return q.s * q.s }
func (q *Sq) String() string { return "sq" }

type Counter struct{ n int }

func (c *Counter) Inc()      { c.n++ }
func (c Counter) Value() int { return c.n }

type Handler func(string) int

func count(yield func(int) bool) {
	for i := 0; i < 3; i++ {
		if !yield(i) {
			return
		}
	}
}

func pairs(yield func(string, int) bool) {
	_ = yield("a", 1) && yield("b", 2)
}

func seq() iter.Seq[int] { return count }

const (
	arrLen = len([3]int{})
	half   = math.Pi / 2
	ok     = len("abc") + 1
	tick   = time.Second * 2
)

func sign(n int) int {
	switch {
	case n > 0:
		return 1
	case n < 0:
		return -1
	default:
		return 0
	}
}

func loop() int {
	for {
		return 1
	}
}

func main() {
	var s Shape = &Sq{2}
	var nm Named = &Sq{1}
	fmt.Println(s.Area(), nm.String())
	fmt.Println(Sum(1, 2, 3), Sum(Celsius(1.5), 2))
	c := &Counter{}
	inc := (*Counter).Inc
	inc(c)
	val := Counter.Value
	fmt.Println(val(*c))
	var h Handler = func(s string) int { return len(s) }
	fmt.Println(h("abc"))
	for x := range count {
		fmt.Print(x, " ")
	}
	for k, v := range pairs {
		fmt.Print(k, v, " ")
	}
	for x := range seq() {
		fmt.Print(x)
	}
	fmt.Println()
	fmt.Println(arrLen, half > 1, ok, tick)
	b := true
	switch b {
	case true:
		fmt.Println("yes")
	case false:
		fmt.Println("no")
	}
	fmt.Println(complex(1, 2), real(complex(3, 4)), imag(2i))
	buf := make([]byte, 3)
	fmt.Println(copy(buf, "abcd"), string(buf))
	m := map[string]int{"home": 1, "Home": 2}
	fmt.Println(len(m), sign(-3), loop())
	xs := [...]int{2: 1, 0: 5}
	fmt.Println(xs, strings.Repeat("ab", 2))
	p := new(Point)
	p.X = 3
	fmt.Println(*p, Point{Y: 2})
	var r rune = 'a'
	fmt.Println(r+1, string(r))
	f := len("x")
	fmt.Println(f)
}
