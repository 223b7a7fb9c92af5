package main

import "fmt"

// A goto out of a loop's body ends the iteration: the variable a closure
// of that iteration captured keeps its value when the loop runs again.
func main() {
	var fs []func() int
	for j := 0; j < 2; j++ {
		for i := range 3 {
			fs = append(fs, func() int { return i*10 + j })
			if i == 1 {
				goto next
			}
		}
	next:
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()
}
