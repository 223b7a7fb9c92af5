package main

import "fmt"

// A switch with no tag tests each expression of a case list in order, up
// to the first true one; those after it are not evaluated.

func classify(b byte) string {
	switch {
	case '0' <= b && b <= '9', 'A' <= b && b <= 'Z', 'a' <= b && b <= 'z':
		return "alnum"
	case b == ' ', b == '\t', b == '\n':
		return "space"
	}
	return "other"
}

var calls []string

func is(name string, v bool) bool {
	calls = append(calls, name)
	return v
}

func main() {
	for _, b := range []byte("a Z\t9!") {
		fmt.Printf("%q %s\n", b, classify(b))
	}

	for _, x := range []int{-5, 0, 7, 12, 100} {
		switch y := x * 2; {
		case y < 0, y > 20:
			fmt.Println(x, "out of range")
		case y == 0:
			fmt.Println(x, "zero")
			fallthrough
		case y == 14, y == 24:
			fmt.Println(x, "listed (or fell through)")
		default:
			fmt.Println(x, "in range")
		}
	}

	ok := true
	switch {
	case is("a", false), is("b", ok), is("c", true):
		fmt.Println("second matched")
	case is("d", true):
		fmt.Println("never")
	}
	fmt.Println(calls)

	calls = nil
	switch {
	case is("a", false), is("b", false):
		fmt.Println("never")
	case false, is("c", true):
		fmt.Println("constant false, then c")
	}
	fmt.Println(calls)

	switch {
	case is("e", false), is("f", true):
	default:
		fmt.Println("never")
	}
	fmt.Println(calls)
}
