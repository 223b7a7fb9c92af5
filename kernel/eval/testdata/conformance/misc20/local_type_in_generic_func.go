package main

import "fmt"

type Box[T any] struct{ v T }

// A type declared in a generic func is named with the func's type
// arguments (main.inner[int]), and numbered (·1) with the package's other
// local types in the type arguments of a generic type.
func wrap[T any](x T) {
	type inner struct{ v T }
	fmt.Printf("%T %T\n", inner{x}, Box[inner]{})
}

func other() {
	type a int
	wrap(a(1))
	fmt.Printf("%T\n", Box[[]a]{})
}

func main() {
	wrap(1)
	wrap("s")
	other()
}
