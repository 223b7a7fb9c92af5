package main

import "fmt"

type Point struct{ x, y int }

var trace []string

func f(name string, v int) int { trace = append(trace, name); return v }

func main() {
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 2
	fmt.Println(i, x)
	i = 0
	x[i], i = 2, 1
	fmt.Println(i, x)
	x[0], x[0] = 1, 2
	fmt.Println(x)
	func() {
		defer func() { fmt.Println("recovered:", recover(), x) }()
		x[1], x[3] = 4, 5
	}()
	var p *Point
	func() {
		defer func() { fmt.Println("recovered:", recover(), x) }()
		x[2], p.x = 6, 7
	}()
	i = 2
	x = []int{3, 5, 7}
	for i, x[i] = range x {
		break
	}
	fmt.Println(i, x)
	m := map[int]int{}
	m[f("key", 1)] = f("val", 2)
	fmt.Println(trace, m)
	trace = nil
	arr := []int{0, 0, 0}
	arr[f("idx", 1)] += f("rhs", 5)
	fmt.Println(trace, arr)
	trace = nil
	a, b, c := f("a", 1), f("b", 2), f("c", 3)
	fmt.Println(trace, a, b, c)
	trace = nil
	_ = f("l", 1) + f("r", 2)*f("rr", 3)
	fmt.Println(trace)
	a, b = b, a
	fmt.Println(a, b)
	s := []int{10, 20, 30}
	j := 0
	j, s[j], s[j+1] = 2, s[2], s[j]
	fmt.Println(j, s)
	pt := Point{1, 2}
	pt.x, pt.y = pt.y, pt.x
	fmt.Println(pt)
	pp := &pt
	pp.x, pp = 100, &Point{}
	fmt.Println(pt, *pp)
	var q, r int
	q, r = 17/5, 17%5
	fmt.Println(q, r)
	fib := [10]int{0, 1}
	for k := 2; k < len(fib); k++ {
		fib[k] = fib[k-1] + fib[k-2]
	}
	fmt.Println(fib)
	u, v := 1, 1
	for range 5 {
		u, v = v, u+v
	}
	fmt.Println(u, v)
}
