package main

import "fmt"

func main() {
	// Predeclared identifiers live in the universe block and may be shadowed.
	iota := 10
	nil := "not nil"
	false := true
	string := 3
	fmt.Println(iota, nil, false, string)
	{
		type byte = rune
		var b byte = '世'
		fmt.Println(b)
	}
	var b byte = 'x'
	fmt.Println(b)
	type T struct{ len, cap int }
	t := T{len: 1, cap: 2}
	fmt.Println(t.len+t.cap, len("abc"))
}
