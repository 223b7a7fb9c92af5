package main

import "fmt"

// A case of a switch without a tag may list several boolean expressions:
// the case is chosen if any of them is true, tried left to right.

func direction(d int, above, below bool) string {
	switch {
	case d == 1 && above, d != 2 && above && !below:
		return "up"
	case d == 2 && below, below:
		return "down"
	case above:
		return "above"
	default:
		return "idle"
	}
}

var calls []string

func check(name string, v bool) bool {
	calls = append(calls, name)
	return v
}

func classify(n int) string {
	switch {
	case n < 0, n > 100:
		return "out of range"
	case n == 0, n == 1, n == 2:
		return "tiny"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func main() {
	fmt.Println(direction(1, false, true), direction(1, true, false), direction(2, true, true), direction(0, false, false))
	for _, n := range []int{-5, 0, 2, 7, 8, 101} {
		fmt.Print(classify(n), "; ")
	}
	fmt.Println()

	switch {
	case check("a", false), check("b", true), check("c", true):
		fmt.Println("matched", calls)
	default:
		fmt.Println("no match", calls)
	}
	calls = nil
	switch {
	case check("x", false), check("y", false):
		fmt.Println("matched", calls)
	case check("z", true):
		fmt.Println("second case", calls)
	}
	ok := true
	switch {
	case false, ok:
		fmt.Println("ident in list")
		fallthrough
	case check("never", true):
		fmt.Println("fell through")
	}
}
