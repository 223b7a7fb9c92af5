package main

import "fmt"

type T struct{ xs []int }

func main() {
	a, b := T{}, T{}
	fmt.Println(a == b)
}
