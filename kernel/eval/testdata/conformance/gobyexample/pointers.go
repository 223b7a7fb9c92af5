package main

import "fmt"

func zeroval(ival int) { ival = 0 }

func zeroptr(iptr *int) { *iptr = 0 }

type point struct{ x, y int }

func move(p *point) { p.x++; p.y-- }

func main() {
	i := 1
	fmt.Println("initial:", i)
	zeroval(i)
	fmt.Println("zeroval:", i)
	zeroptr(&i)
	fmt.Println("zeroptr:", i)
	p := &i
	*p = 42
	fmt.Println(i, *p, p == &i, p != nil)
	pt := point{1, 1}
	move(&pt)
	fmt.Println(pt)
	pp := &pt
	pp.x = 10
	fmt.Println(pt.x, (*pp).y)
	var np *point
	fmt.Println(np == nil)
	q := new(int)
	*q += 5
	fmt.Println(*q)
}
