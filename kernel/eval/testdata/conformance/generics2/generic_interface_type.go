package main

import "fmt"

type Container[T any] interface {
	Put(T)
	Items() []T
}

type Bag[T any] struct{ xs []T }

func (b *Bag[T]) Put(x T)    { b.xs = append(b.xs, x) }
func (b *Bag[T]) Items() []T { return b.xs }

type Uniq[T comparable] struct {
	seen map[T]bool
	xs   []T
}

func (u *Uniq[T]) Put(x T) {
	if u.seen == nil {
		u.seen = map[T]bool{}
	}
	if !u.seen[x] {
		u.seen[x] = true
		u.xs = append(u.xs, x)
	}
}
func (u *Uniq[T]) Items() []T { return u.xs }

func Fill[T any](c Container[T], xs ...T) Container[T] {
	for _, x := range xs {
		c.Put(x)
	}
	return c
}

func main() {
	cs := []Container[int]{&Bag[int]{}, &Uniq[int]{}}
	for _, c := range cs {
		Fill(c, 1, 2, 2, 3, 1)
		fmt.Printf("%T %v\n", c, c.Items())
	}
	var s Container[string] = &Uniq[string]{}
	s.Put("a")
	s.Put("a")
	_, isBag := s.(*Bag[string])
	fmt.Println(len(s.Items()), isBag)
}
