package main

import "fmt"

type T struct {
	n int
	t T
}

func main() {
	fmt.Println(T{})
}
