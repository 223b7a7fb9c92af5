package main

import (
	"fmt"
	"math"
)

func main() {
	m := map[string]int{"a": 1, "b": 2}
	clear(m)
	fmt.Println(len(m), m)
	m["c"] = 3
	fmt.Println(m)
	s := []int{1, 2, 3, 4}
	sub := s[1:3]
	clear(sub)
	fmt.Println(s, len(sub), cap(sub))
	type P struct {
		X int
		S string
	}
	ps := []P{{1, "a"}, {2, "b"}}
	clear(ps)
	fmt.Println(ps)
	nm := map[float64]int{math.NaN(): 1, math.NaN(): 2, 1: 3}
	fmt.Println(len(nm))
	clear(nm)
	fmt.Println(len(nm))
	var nilm map[int]int
	clear(nilm)
	var nils []int
	clear(nils)
	fmt.Println(nilm == nil, nils == nil)
	ptrs := []*int{new(int)}
	clear(ptrs)
	fmt.Println(ptrs[0] == nil)
}
