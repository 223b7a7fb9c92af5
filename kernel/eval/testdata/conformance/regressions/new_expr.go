package main

import "fmt"

type point struct{ x, y int }

func main() {
	p := new(42)
	fmt.Println(*p)
	*p++
	fmt.Println(*p)
	s := new("hi")
	q := new(point{1, 2})
	fmt.Println(*s, *q, q.x+q.y)
	r := new(len("abc") * 2)
	fmt.Printf("%T %v\n", r, *r)
}
