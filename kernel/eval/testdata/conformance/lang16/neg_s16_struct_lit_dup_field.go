package main

import "fmt"

type T struct{ A, B int }

func main() {
	t := T{A: 1, A: 2}
	fmt.Println(t)
}
