package main

import "fmt"

type P struct {
	X, Y int
	Name string
}

type W struct {
	P
	Tags [2]string
}

func main() {
	a := [3]int{1, 2, 3}
	b := [3]int{1, 2, 3}
	c := [3]int{1, 2, 4}
	fmt.Println(a == b, a == c, a != c)
	p1, p2 := P{1, 2, "a"}, P{1, 2, "a"}
	fmt.Println(p1 == p2, p1 == P{1, 2, "b"})
	w1 := W{p1, [2]string{"x", "y"}}
	w2 := w1
	fmt.Println(w1 == w2)
	w2.Tags[1] = "z"
	fmt.Println(w1 == w2)
	m := map[P]int{p1: 1}
	m[p2]++
	fmt.Println(m[P{1, 2, "a"}], len(m))
	type key [2]float64
	km := map[key]string{{1, 2}: "a"}
	fmt.Println(km[key{1, 2}])
	var e1, e2 struct{}
	fmt.Println(e1 == e2)
}
