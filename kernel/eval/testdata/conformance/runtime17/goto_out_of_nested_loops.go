package main

import "fmt"

// A goto out of two nested loops, within an outer loop: the variables of
// both loops are per iteration.
func main() {
	var fs []func() string
	for round := 0; round < 2; round++ {
		for a := range 2 {
			for b := range 3 {
				fs = append(fs, func() string { return fmt.Sprint(round, a, b) })
				if a == 1 && b == 1 {
					goto done
				}
			}
		}
	done:
	}
	for _, f := range fs {
		fmt.Print(f(), "; ")
	}
	fmt.Println()
	// a goto inside the body, to a label in the same iteration
	var gs []func() int
	for i := 0; i < 3; i++ {
		if i == 1 {
			goto skip
		}
		gs = append(gs, func() int { return i })
	skip:
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()
}
