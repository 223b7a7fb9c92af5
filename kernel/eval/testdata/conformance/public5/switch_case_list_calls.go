package main

import "fmt"

var trace []string

func v(name string, n int) int {
	trace = append(trace, name)
	return n
}

func classify(x int) string {
	trace = nil
	switch x {
	case v("a", 1), v("b", 2), v("c", 3):
		return "small"
	case v("d", 10), v("e", 20):
		return "round"
	case 7, v("f", 8):
		return "lucky"
	default:
		return "other"
	}
}

type Op string

func main() {
	for _, x := range []int{1, 3, 20, 7, 8, 99} {
		r := classify(x)
		fmt.Println(x, r, trace)
	}
	ops := map[string]Op{"plus": "+"}
	switch Op("+") {
	case Op("-"), ops["plus"]:
		fmt.Println("plus via map")
	}
	s := "go"
	switch s + "!" {
	case fmt.Sprint("rust", "!"), fmt.Sprint("go", "!"):
		fmt.Println("matched sprint")
	}
	var e error
	switch e {
	case fmt.Errorf("x"), nil:
		fmt.Println("nil error matched")
	}
}
