package main

import "fmt"

type ID int

type P struct{ X int }

// Interfaces holding values of composite types that differ only in a
// named element type ([1]ID and [1]int) are unequal: their dynamic types
// differ. Comparing them compares the types first, so two slices of
// different types are unequal without the panic of uncomparable values.
func main() {
	var a, b any = [1]ID{}, [1]int{}
	fmt.Println(a == b, a != b, b == a)
	fmt.Println(any([2]ID{}) == any([2]int{}))
	fmt.Println(any([]ID{}) == any([]int{}))
	fmt.Println(any([2]ID{}) == any([2]ID{}), any([2]int{1}) == any([2]int{1}))
	fmt.Println(any(struct{ X ID }{}) == any(struct{ X int }{}), any(struct{ X ID }{}) == any(struct{ X ID }{}))
	fmt.Println(any(P{}) == any(struct{ X int }{}), any(P{}) == any(P{}))
	var p *ID
	var q *int
	fmt.Println(any(p) == any(q), any(p) == any(p))
	xs := []any{[1]ID{1}, [1]int{1}, ID(1), 1, map[ID]int(nil), map[int]int(nil)}
	for i, x := range xs[:4] {
		for _, y := range xs[:4] {
			fmt.Print(x == y, " ")
		}
		fmt.Println(i)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		fmt.Println(xs[4] == xs[5])
		fmt.Println(xs[4] == xs[4])
	}()
}
