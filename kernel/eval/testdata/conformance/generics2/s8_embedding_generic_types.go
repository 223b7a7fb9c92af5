package main

import "fmt"

// Generic types embedding generic types: promoted fields and methods,
// through values and pointers.

type Base[T any] struct {
	ID   T
	tags []string
}

func (b *Base[T]) Tag(t string)    { b.tags = append(b.tags, t) }
func (b Base[T]) Tags() []string   { return b.tags }
func (b Base[T]) Describe() string { return fmt.Sprintf("id=%v tags=%v", b.ID, b.tags) }

type Named[T any] struct {
	Base[T]
	Name string
}

func (n Named[T]) Describe() string { return n.Name + ": " + n.Base.Describe() }

type Wrapped[T any] struct {
	*Named[T]
	Extra int
}

type Describer interface{ Describe() string }

func main() {
	n := Named[int]{Base: Base[int]{ID: 7}, Name: "seven"}
	n.Tag("odd")
	n.Tag("prime")
	fmt.Println(n.ID, n.Tags(), len(n.tags))
	fmt.Println(n.Describe())
	w := Wrapped[string]{Named: &Named[string]{Base[string]{ID: "x"}, "ex"}, Extra: 1}
	w.Tag("w")
	fmt.Println(w.ID, w.Name, w.Tags(), w.Describe())
	var ds []Describer = []Describer{n, w, &n, n.Base}
	for _, d := range ds {
		fmt.Println(d.Describe())
	}
}
