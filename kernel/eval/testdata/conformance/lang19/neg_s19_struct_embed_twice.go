package main

import "fmt"

type A struct{ n int }

type B struct {
	A
	*A
}

func main() {
	fmt.Println(B{})
}
