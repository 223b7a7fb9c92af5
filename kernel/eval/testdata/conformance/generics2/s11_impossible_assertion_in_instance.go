// In a generic function, a type assertion or type switch case that cannot
// succeed for some type arguments compiles (Go checks the generic code, not
// each instance) and fails at run time for those.
package main

import "fmt"

type Shape interface{ Area() float64 }

type Square struct{ s float64 }

func (q Square) Area() float64 { return q.s * q.s }

type Labeled[T any] interface{ Label() T }

type Tag struct{}

func (Tag) Label() string { return "tag" }

func is[A any](s Shape) bool {
	_, ok := s.(A)
	return ok
}

func kind[T, A any](x Labeled[T]) string {
	switch x.(type) {
	case A:
		return "A"
	default:
		return "not A"
	}
}

func must[A any](s Shape) (res string) {
	defer func() {
		if r := recover(); r != nil {
			res = "panicked"
		}
	}()
	_ = s.(A)
	return "ok"
}

func asIface[B any](b B) string {
	if _, ok := any(b).(interface{ Label() string }); ok {
		return "has Label"
	}
	if _, ok := any(b).(interface{ Area() float64 }); ok {
		return "has Area"
	}
	return "neither"
}

func main() {
	sq := Square{2}
	fmt.Println(is[Square](sq), is[string](sq), is[int](sq))
	fmt.Println(kind[string, Tag](Tag{}), kind[string, int](Tag{}))
	fmt.Println(must[Square](sq), must[Tag](sq))
	fmt.Println(asIface(Tag{}), asIface(sq), asIface(3))
}
