// A switch without a tag compares each case expression with true, in
// order: every expression of a case list is tested, and an expression
// of an interface type is true only when it holds the bool true.
package main

import "fmt"

type Answer bool

func classify(n int) string {
	switch {
	case n < 0, n > 100:
		return "out of range"
	case n == 0, n == 100:
		return "edge"
	case n%2 == 0:
		return "even"
	}
	return "odd"
}

func main() {
	for _, n := range []int{-5, 0, 7, 42, 100, 150} {
		fmt.Println(n, classify(n))
	}
	a, b := false, true
	switch {
	case a, b:
		fmt.Println("a or b")
	default:
		fmt.Println("neither")
	}
	calls := 0
	check := func(r bool) bool { calls++; return r }
	switch {
	case check(false), check(true), check(true):
		fmt.Println("matched after", calls, "calls")
	}

	for _, v := range []any{true, false, Answer(true), 1, "true", nil} {
		switch {
		case v:
			fmt.Printf("%v (%T): true\n", v, v)
		case false:
			fmt.Println("never")
		default:
			fmt.Printf("%v (%T): not the bool true\n", v, v)
		}
	}
	switch i := any(true); {
	case i:
		fmt.Println("i is true")
	default:
		fmt.Println("i is not true")
	}
}
