package main

import "fmt"

type T struct{ A int }

func main() {
	fmt.Println(T{B: 1})
}
