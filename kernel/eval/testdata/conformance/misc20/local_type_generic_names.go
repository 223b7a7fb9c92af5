package main

import (
	"fmt"
	"reflect"
)

type Box[T any] struct{ v T }

type Pair[K comparable, V any] struct {
	k K
	v V
}

// gc numbers the types declared inside funcs in the package's source
// order (·1, ·2, ...), aliases not counted, and prints the number in the
// type arguments of a generic type's name only: %T of a local type
// itself, of a slice or map of it, has none.
func first() {
	type unused struct{ a int }
	type used int
	type alias = int
	fmt.Printf("%T %v %T\n", used(1), reflect.TypeOf(used(2)), Box[alias]{})
}

func second() {
	type local struct{ b int }
	fmt.Printf("%T\n", Box[local]{})
	type other int
	fmt.Printf("%T %T\n", Box[other]{}, Pair[string, other]{})
	{
		type local int
		fmt.Printf("%T\n", Box[local]{})
	}
	h := func() {
		type inner string
		fmt.Printf("%T\n", Box[inner]{})
	}
	h()
}

type R struct{}

func (R) m() {
	type z int
	fmt.Printf("%T %T %T\n", Box[z]{}, z(1), []z{})
	fmt.Println(reflect.TypeOf(Box[z]{}).Name(), reflect.TypeOf(Box[z]{}).String())
	fmt.Println(reflect.TypeOf(Box[*z]{}), reflect.TypeOf(Box[[]z]{}), reflect.TypeOf(Box[map[z]int]{}))
	fmt.Printf("%T %T\n", map[z]Box[z]{}, [2]Box[[1]z]{})
	fmt.Println(reflect.TypeOf(z(1)).Name(), reflect.TypeOf(z(1)).String())
	var x any = Box[z]{}
	_, ok := x.(Box[int])
	fmt.Println(ok)
	fmt.Printf("%v\n", Pair[z, Box[z]]{})
	fmt.Printf("%#v\n", Box[z]{3})
}

func main() {
	first()
	second()
	R{}.m()
}
