// Methods of generic types whose receiver has no name (func (Box[T])
// Kind() string), as public code often writes them, called directly,
// through an interface and in a type switch over instances.
package main

import "fmt"

type Setter[T any] interface{ Set(T) string }

type Box[T any] struct{ v T }

func (Box[T]) Kind() string     { return "box" }
func (Box[T]) Set(x T) string   { return fmt.Sprint("box set ", x) }
func (*Box[T]) PtrKind() string { return "*box" }
func (b Box[T]) Get() T         { return b.v }

type Pair[K comparable, V any] struct {
	k K
	v V
}

func (Pair[K, V]) Arity() int    { return 2 }
func (*Pair[K, V]) Name() string { return "pair" }

type Other[T any] struct{}

func (Other[T]) Set(x T) string { return fmt.Sprint("other set ", x) }

func describe[T any](s Setter[T]) string {
	switch s.(type) {
	case Box[T]:
		return "a Box"
	case Other[T]:
		return "an Other"
	}
	return "?"
}

func main() {
	b := Box[int]{7}
	fmt.Println(b.Kind(), b.Get(), b.Set(3), (&b).PtrKind())
	p := &Pair[string, int]{"a", 1}
	fmt.Println(p.Arity(), p.Name())
	var s Setter[string] = Other[string]{}
	fmt.Println(s.Set("x"), describe[string](s), describe[int](Box[int]{}))
}
