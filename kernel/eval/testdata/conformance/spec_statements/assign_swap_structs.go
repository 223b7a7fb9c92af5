package main

import "fmt"

type P struct{ X, Y int }

func main() {
	a, b := P{1, 2}, P{3, 4}
	a, b = b, a
	fmt.Println(a, b)
	arr := [2]P{a, b}
	arr[0], arr[1] = arr[1], arr[0]
	fmt.Println(arr)
	a.X, a.Y = a.Y, a.X
	fmt.Println(a)
	m := map[string]P{"k": a}
	p := m["k"]
	p.X = 100
	fmt.Println(m["k"].X, p.X)
}
