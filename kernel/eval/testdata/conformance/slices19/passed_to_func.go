package main

import "fmt"

func total(xs []int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

// The slice is passed to a function: the interpreter cannot follow gc's
// escape analysis into the callee, so this program only prints values.
func main() {
	var xs []int
	for i := 0; i < 10; i++ {
		xs = append(xs, i)
	}
	fmt.Println(total(xs), len(xs))
}
