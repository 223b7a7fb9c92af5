package main

import (
	"fmt"
	"strconv"
)

func minMax(xs []int) (int, int) {
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

// In main's body (a cell's top level when split into cells), x, y := ...
// with x declared before assigns x: a pointer or closure made before
// sees the new value, and later writes through it.
func main() {
	lo := -1
	p := &lo
	show := func() string { return fmt.Sprint("lo=", lo) }
	lo, hi := minMax([]int{4, 2, 9})
	fmt.Println(lo, hi, *p, show())
	*p = 100
	fmt.Println(lo, *p, show())

	n := 0
	pn := &n
	n, err := strconv.Atoi("42")
	fmt.Println(n, *pn, err)

	m := map[string]int{"k": 3}
	v := 0
	pv := &v
	v, ok := m["k"]
	fmt.Println(v, *pv, ok)

	a := 1
	pa := &a
	a, b := 5, a
	*pa += 10
	fmt.Println(a, b, *pa)

	var ch = make(chan string, 1)
	ch <- "msg"
	s := "none"
	ps := &s
	s, open := <-ch
	fmt.Println(s, *ps, open)

	var x any = 2.5
	f := 0.0
	pf := &f
	f, isF := x.(float64)
	fmt.Println(f, *pf, isF)
}
