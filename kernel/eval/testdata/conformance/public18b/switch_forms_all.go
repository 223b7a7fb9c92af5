package main

import (
	"fmt"
	"strings"
)

type Shape interface{ Area() float64 }
type Sq struct{ S float64 }
type Circ struct{ R float64 }

func (s Sq) Area() float64    { return s.S * s.S }
func (c *Circ) Area() float64 { return 3 * c.R * c.R }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int64:
		return fmt.Sprintf("integer %v (%T)", x, x)
	case string:
		return "string of " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprint("slice len ", len(x))
	case Shape:
		return fmt.Sprintf("shape %.1f", x.Area())
	case error:
		return "error"
	case func() int:
		return fmt.Sprint("func returning ", x())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func grade(n int) (g string) {
	switch {
	case n >= 90:
		g = "A"
	case n >= 80:
		g = "B"
	case n < 0, n > 100:
		g = "invalid"
	default:
		g = "C"
	}
	return
}

func main() {
	for _, v := range []any{nil, 3, int64(4), "hey", []int{1, 2}, Sq{2}, &Circ{1}, Circ{1}, fmt.Errorf("e"), func() int { return 9 }, 2.5} {
		fmt.Println(classify(v))
	}
	for _, n := range []int{95, 85, 50, -1, 101} {
		fmt.Print(grade(n), " ")
	}
	fmt.Println()
	switch s := strings.ToLower("MiXeD"); s {
	case "mixed":
		fmt.Println("matched", s)
		fallthrough
	case "never":
		fmt.Println("fell through")
	case "other":
		fmt.Println("no")
	}
	x := 5
	switch y := x * 2; {
	case y > 5 && x < 10:
		fmt.Println("both", y)
	}
	switch f := 1.5; f {
	case 1.5:
		fmt.Println("float case")
	}
	calls := 0
	next := func() int { calls++; return calls }
	switch next() {
	case 5, next(), next():
		fmt.Println("matched at", calls)
	case next():
		fmt.Println("second case", calls)
	}
	switch {
	}
	switch x {
	default:
		fmt.Println("default first")
	case 6:
		fmt.Println("six")
	}
	var sh Shape = Sq{3}
	switch sh.(type) {
	case *Circ:
		fmt.Println("circ")
	case Sq:
		fmt.Println("sq")
	}
	type kind int
	const (
		a kind = iota
		b
	)
	switch k := kind(1); k {
	case a:
		fmt.Println("a")
	case b:
		fmt.Println("b", k)
	}
}
