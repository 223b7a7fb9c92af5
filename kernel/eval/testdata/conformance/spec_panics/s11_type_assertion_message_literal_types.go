package main

import "fmt"

// The message of a failed type assertion to a struct or interface type
// literal spells the type as Go does, with a space before the closing
// brace (the interpreter printed "struct { a int; b int}").

type T struct{ a, b int }

func try(f func()) {
	defer func() { fmt.Println(recover()) }()
	f()
}

func main() {
	var x any = T{1, 2}
	try(func() { _ = x.(struct{ a, b int }) })
	try(func() { _ = x.(struct{ T }) })
	try(func() { _ = x.(interface{ Len() int }) })
	var y any = struct{ name string }{"n"}
	try(func() { _ = y.(T) })
	fmt.Printf("%T\n", y)
}
