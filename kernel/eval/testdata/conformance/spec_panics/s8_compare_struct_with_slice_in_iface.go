package main

import "fmt"

type S struct {
	n  int
	xs []int
}

func main() {
	var a, b any = S{1, nil}, S{2, nil}
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	fmt.Println(a == b)
	a = S{1, nil}
	b = S{1, nil}
	fmt.Println(a == b)
}
