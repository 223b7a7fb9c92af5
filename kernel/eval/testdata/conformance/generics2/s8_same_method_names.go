package main

import "fmt"

// Several generic types with methods of the same names, instantiated with
// the same type arguments: each instance has its own methods.

type Stack[T any] struct{ xs []T }

func (s *Stack[T]) Push(x T) { s.xs = append(s.xs, x) }
func (s *Stack[T]) Pop() T {
	x := s.xs[len(s.xs)-1]
	s.xs = s.xs[:len(s.xs)-1]
	return x
}
func (s *Stack[T]) Len() int { return len(s.xs) }

type Queue[T any] struct{ xs []T }

func (q *Queue[T]) Push(x T) { q.xs = append(q.xs, x) }
func (q *Queue[T]) Pop() T {
	x := q.xs[0]
	q.xs = q.xs[1:]
	return x
}
func (q *Queue[T]) Len() int { return len(q.xs) }

type Capped[T any] struct {
	max int
	xs  []T
}

func (c *Capped[T]) Push(x T) {
	if len(c.xs) < c.max {
		c.xs = append(c.xs, x)
	}
}
func (c *Capped[T]) Pop() T {
	x := c.xs[len(c.xs)-1]
	c.xs = c.xs[:len(c.xs)-1]
	return x
}
func (c *Capped[T]) Len() int { return len(c.xs) }

type PushPopper[T any] interface {
	Push(T)
	Pop() T
	Len() int
}

func Drain[T any](p PushPopper[T]) []T {
	var out []T
	for p.Len() > 0 {
		out = append(out, p.Pop())
	}
	return out
}

func Push[T any](p PushPopper[T], xs ...T) {
	for _, x := range xs {
		p.Push(x)
	}
}

func main() {
	for _, p := range []PushPopper[int]{&Queue[int]{}, &Stack[int]{}, &Capped[int]{max: 2}} {
		Push(p, 1, 2, 3)
		fmt.Printf("%T %v\n", p, Drain(p))
	}
	c := &Capped[string]{max: 1}
	s := &Stack[string]{}
	q := &Queue[string]{}
	for _, w := range []string{"a", "b"} {
		c.Push(w)
		s.Push(w)
		q.Push(w)
	}
	fmt.Println(c.Len(), s.Len(), q.Len(), s.Pop(), q.Pop())
}
