package main

import "fmt"

type T struct{ A, B int }

func main() {
	fmt.Println(T{1})
}
