package main

import "fmt"

func first() any {
	type T struct{ N int }
	return T{1}
}

func second() any {
	type T struct{ N int }
	return T{1}
}

func main() {
	a, b := first(), second()
	fmt.Println(a == b)
	fmt.Printf("%T %T %v %v\n", a, b, a, b)
	m := map[any]int{a: 1, b: 2}
	fmt.Println(len(m))
}
