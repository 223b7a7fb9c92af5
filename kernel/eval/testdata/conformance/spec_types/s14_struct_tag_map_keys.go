package main

import "fmt"

type A struct {
	X int `k:"a"`
}

type B struct {
	X int `k:"b"`
}

func main() {
	m := map[any]int{}
	m[A{1}] = 1
	m[B{1}] = 2
	m[struct {
		X int `k:"a"`
	}{1}] = 3
	m[struct{ X int }{1}] = 4
	fmt.Println(len(m), m[A{1}], m[B{1}])
	fmt.Println(any(A{1}) == any(B(A{1})), any(A{1}) == any(A(B{1})))
	fmt.Println(any(struct{ X int }{1}) == any(struct {
		X int `k:"a"`
	}{1}))
}
