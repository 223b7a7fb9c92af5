package main

import "fmt"

type T struct{ A, B int }

func main() {
	t := T{1}
	fmt.Println(t)
}
