package main

import "fmt"

type ID int

// Getter[int] and Getter[ID] are different interfaces: Box[ID] implements
// only the second.
type Getter[T any] interface{ Get() T }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

func kind(v any) string {
	switch x := v.(type) {
	case Getter[int]:
		return fmt.Sprintf("Getter[int] %T %v", x, x.Get())
	case Getter[ID]:
		return fmt.Sprintf("Getter[ID] %T %v", x, x.Get())
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	fmt.Println(kind(Box[ID]{4}))
	fmt.Println(kind(&Box[ID]{5}))
	fmt.Println(kind(Box[int]{6}))
	fmt.Println(kind(Box[string]{"s"}))
	_, ok := any(Box[ID]{}).(Getter[int])
	fmt.Println(ok)
}
