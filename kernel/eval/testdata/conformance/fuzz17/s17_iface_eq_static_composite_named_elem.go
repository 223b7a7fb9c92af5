package main

import "fmt"

type ID int

// An interface holding [1]int compared with an operand of static type
// [1]ID (whose runtime representation is [1]int too): the types differ,
// in == and != and in a switch's cases.
func main() {
	var a any = [1]int{}
	fmt.Println(a == [1]ID{}, [1]ID{} == a, a == [1]int{}, a != [1]ID{})
	var b any = [1]ID{}
	fmt.Println(b == [1]int{}, b == [1]ID{})
	switch a {
	case [1]ID{}:
		fmt.Println("[1]ID case")
	case [1]int{}:
		fmt.Println("[1]int case")
	}
	var s any = struct{ X int }{}
	fmt.Println(s == struct{ X ID }{}, s == struct{ X int }{})
}
