package main

import "fmt"

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(v T)   { b.items = append(b.items, v) }
func (b Base[T]) Count() int { return len(b.items) }
func (b Base[T]) First() T   { return b.items[0] }

type Named struct {
	Base[string]
	Title string
}

type Counted[T any] struct {
	*Base[T]
	adds int
}

func (c *Counted[T]) Add(v T) {
	c.adds++
	c.Base.Add(v)
}

type Adder[T any] interface {
	Add(T)
	Count() int
}

func fill[T any](a Adder[T], vs ...T) int {
	for _, v := range vs {
		a.Add(v)
	}
	return a.Count()
}

func main() {
	var n Named
	n.Title = "names"
	n.Add("x")
	n.Add("y")
	fmt.Println(n.Count(), n.First(), n.Title, n.items)
	c := &Counted[int]{Base: &Base[int]{}}
	fmt.Println(fill[int](c, 1, 2, 3), c.adds)
	fmt.Println(fill[string](&n, "z"))
	fmt.Printf("%+v\n", n)
	fmt.Printf("%T %T\n", n.Base, c.Base)
}
