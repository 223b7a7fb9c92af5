package main

import "fmt"

type T struct{}
type P *T
type U struct{ P }

func main() {
	fmt.Println(U{})
}
