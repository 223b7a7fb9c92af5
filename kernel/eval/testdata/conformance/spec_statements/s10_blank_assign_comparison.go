package main

import "fmt"

// Assigning the result of a comparison or an arithmetic expression to the
// blank identifier evaluates it and discards it: no variable changes (the
// interpreter wrote the result into the function's first variable, or
// panicked "reflect: call of reflect.Value.SetBool on int Value").

var calls int

func next() int {
	calls++
	return calls
}

func check() {
	found := false
	n := 10
	_ = next() == next()
	_ = n > 3
	fmt.Println(found, n, calls)
}

func main() {
	check()
	var arr [2]int
	_ = arr == [2]int{1, 2}
	_ = next() + 1
	fmt.Println(arr, calls)
}
