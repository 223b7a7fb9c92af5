package main

import "fmt"

func triples(yield func(int, int, int) bool) {
	yield(1, 2, 3)
}

func main() {
	for a, b := range triples {
		fmt.Println(a, b)
	}
}
