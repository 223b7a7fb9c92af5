package main

import "fmt"

func get(n int) (int, error) { return n * 2, nil }

func main() {
	a, err := get(1)
	b, err := get(2)
	fmt.Println(a, b, err)
	a, c := get(3)
	fmt.Println(a, c)
	if a, err := get(10); err == nil {
		fmt.Println("inner", a)
	}
	fmt.Println("outer", a)
}
