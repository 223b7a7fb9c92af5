package main

import "fmt"

// A value of a defined array type compared with a value of its underlying
// type literal ([2]int, [3]any): they are assignable to each other, so ==
// and != apply (the interpreter refused it: "invalid operation: mismatched
// types main.Pair and [2]int").

type Pair [2]int

type ID [3]any

func newID(n int) [3]any { return [3]any{n, "id", true} }

func get() ID { return newID(7) }

func main() {
	var p Pair
	fmt.Println(p == [2]int{}, p != [2]int{1, 2}, [2]int{0, 0} == p)
	p[1] = 2
	lit := [2]int{0, 2}
	fmt.Println(p == lit, lit == p)

	if id := get(); id != newID(7) {
		fmt.Println("different")
	} else {
		fmt.Println("same", id == newID(8))
	}
}
