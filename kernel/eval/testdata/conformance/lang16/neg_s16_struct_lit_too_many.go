package main

import "fmt"

type T struct{ A, B int }

func main() {
	t := T{1, 2, 3}
	fmt.Println(t)
}
