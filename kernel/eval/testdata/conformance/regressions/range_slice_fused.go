package main

// The iteration of `for i := range s` over a slice is an inline step of a
// fused program (range over a slice, nil, continue, break, the slice
// evaluated once, nested loops and per-iteration variables, a panic in the
// body).

import "fmt"

type pt struct{ x, y int }

func sumIdx(s []int) int {
	t := 0
	for i := range s {
		t += i * s[i]
	}
	return t
}

func main() {
	ps := make([]pt, 5)
	for r := 0; r < 3; r++ {
		for i := range ps {
			ps[i].x += i
			ps[i].y += ps[i].x
		}
	}
	fmt.Println(ps)
	var nilS []int
	n := 0
	for i := range nilS {
		n += i
	}
	fmt.Println("nil", n)
	s := []int{1, 2, 3, 4, 5, 6}
	t := 0
	for i := range s {
		if i == 1 {
			continue
		}
		if i == 4 {
			break
		}
		t += s[i]
	}
	fmt.Println("cont/break", t)
	// the range evaluates s once: reassigning or appending does not change the count
	cnt := 0
	for i := range s {
		if i < 2 {
			s = append(s, 100)
		}
		cnt++
	}
	fmt.Println("count", cnt)
	fmt.Println("len", len(s))
	fmt.Println("sumIdx", sumIdx([]int{5, 6, 7}))
	// nested ranges, and a closure capturing the per-iteration variable
	var fs []func() int
	for i := range []int{0, 0, 0} {
		for j := range []string{"a", "b"} {
			if j == 1 {
				fs = append(fs, func() int { return i*10 + j })
			}
		}
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
	// index out of range inside the body still panics with Go's text
	defer func() { fmt.Println("recovered:", recover()) }()
	short := []int{1, 2}
	for i := range ps {
		_ = short[i]
	}
}
