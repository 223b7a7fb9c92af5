package main

import "fmt"

func main() {
	var fs []func() int
	for i := 0; i < 3; i++ {
		fs = append(fs, func() int { return i * i })
	}
	for _, f := range fs {
		fmt.Print(f(), " ")
	}
	fmt.Println()

	// Each iteration has its own variable; changes inside the body are seen
	// by closures of that iteration only.
	var gs []func() int
	for i := 0; i < 3; i++ {
		gs = append(gs, func() int { return i })
		i++
	}
	for _, g := range gs {
		fmt.Print(g(), " ")
	}
	fmt.Println()

	func() {
		for _, s := range []string{"a", "b", "c"} {
			defer func() { fmt.Print(s) }()
		}
	}()
	fmt.Println()
}
