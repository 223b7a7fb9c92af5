package main

import "fmt"

func main() {
	arr := [3]int{1, 2, 3}
	// The range expression is evaluated once: an array is copied.
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array copy:", v)
		}
	}
	arr = [3]int{1, 2, 3}
	for i, v := range &arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("pointer to array:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice shares:", v)
		}
	}
	// Appending during a range over a slice does not extend the loop.
	sl = []int{1, 2, 3}
	n := 0
	for range sl {
		sl = append(sl, 0)
		n++
	}
	fmt.Println(n, len(sl))

	// The value variable is a copy of the element.
	type P struct{ x int }
	ps := []P{{1}, {2}}
	for _, p := range ps {
		p.x *= 10
	}
	fmt.Println(ps)
	for i := range ps {
		ps[i].x *= 10
	}
	fmt.Println(ps)
}
