package main

import "fmt"

func classify(n int) []string {
	var out []string
	switch {
	case n < 0:
		out = append(out, "negative")
		fallthrough
	case n == 0:
		out = append(out, "non-positive")
	case n < 10:
		out = append(out, "small")
		fallthrough
	case n < 100:
		out = append(out, "less than 100")
		fallthrough
	default:
		out = append(out, "any")
	}
	return out
}

func main() {
	for _, n := range []int{-5, 0, 5, 50, 500} {
		fmt.Println(n, classify(n))
	}
	// fallthrough ignores the next case's condition.
	switch x := 1; x {
	case 1:
		fmt.Println("one")
		fallthrough
	case 2:
		fmt.Println("two (x is still", x, ")")
	case 3:
		fmt.Println("three")
	}
	// A switch with an init statement and no tag is "switch true".
	switch y := 4; {
	case y > 3:
		fmt.Println("y > 3")
	}
	// default in the middle runs only when nothing matches, wherever it is.
	switch 7 {
	default:
		fmt.Println("default")
	case 1, 2:
		fmt.Println("1 or 2")
	case 7:
		fmt.Println("seven")
	}
}
