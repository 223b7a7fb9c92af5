package main

import "fmt"

func classify(n int) string {
	if n < 0 {
		return "neg"
	} else if n == 0 {
		return "zero"
	} else if n%2 == 0 {
		return "even"
	} else {
		return "odd"
	}
}

func main() {
	for _, n := range []int{-1, 0, 4, 7} {
		fmt.Println(n, classify(n))
	}
	if v, ok := map[string]int{"a": 1}["a"]; ok {
		fmt.Println("found", v)
	} else {
		fmt.Println("missing", v)
	}
}
