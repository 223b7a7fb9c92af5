package main

import "fmt"

type Getter[T any] interface{ Get() T }

type Box[T any] struct{ v T }

func (b Box[T]) Get() T { return b.v }

type Setter[T any] interface{ Set(T) }

func (b *Box[T]) Set(v T) { b.v = v }

func main() {
	var x any = Box[int]{5}
	_, ok := x.(Getter[int])
	fmt.Println("Box[int] Getter[int]:", ok)
	_, ok = x.(Getter[string])
	fmt.Println("Box[int] Getter[string]:", ok)
	_, ok = x.(Getter[any])
	fmt.Println("Box[int] Getter[any]:", ok)
	_, ok = x.(Setter[int])
	fmt.Println("Box[int] Setter[int]:", ok)
	p := &Box[string]{"s"}
	var y any = p
	s, ok := y.(Setter[string])
	fmt.Println("*Box[string] Setter[string]:", ok)
	s.Set("t")
	fmt.Println(p.Get())
	_, ok = y.(Setter[int])
	fmt.Println("*Box[string] Setter[int]:", ok)
	switch v := y.(type) {
	case Getter[int]:
		fmt.Println("int getter", v.Get())
	case Getter[string]:
		fmt.Println("string getter", v.Get())
	}
}
