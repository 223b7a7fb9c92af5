package main

import "fmt"

type T struct{ A int }

func main() {
	t := T{B: 1}
	fmt.Println(t)
}
