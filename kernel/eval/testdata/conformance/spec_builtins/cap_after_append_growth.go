package main

import "fmt"

func main() {
	// Exact capacities are an implementation detail; only monotonic
	// growth and the invariants are checked.
	var s []int
	prev := cap(s)
	grew := 0
	for i := 0; i < 100; i++ {
		s = append(s, i)
		if cap(s) < len(s) {
			panic("cap < len")
		}
		if cap(s) != prev {
			grew++
			prev = cap(s)
		}
	}
	fmt.Println(len(s), grew > 3, grew < 20, s[99])
	t := make([]int, 0, 4)
	t2 := append(t, 1, 2, 3, 4)
	fmt.Println(cap(t2) == 4, &t2[0] == &t[:1][0])
	t3 := append(t2, 5)
	fmt.Println(cap(t3) > 4, &t3[0] == &t2[0])
}
