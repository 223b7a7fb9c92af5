// A method of a generic type that uses an instance of the type with one
// of its own instances as type argument makes ever deeper instances: Go
// rejects it as an instantiation cycle (the interpreter did not end).
package main

import "fmt"

type Pair[K, V any] struct {
	Key K
	Val V
}

func (p Pair[K, V]) Nest() Pair[Pair[K, V], int] { return Pair[Pair[K, V], int]{p, 1} }

func main() {
	fmt.Println(Pair[string, int]{"a", 1}.Nest())
}
