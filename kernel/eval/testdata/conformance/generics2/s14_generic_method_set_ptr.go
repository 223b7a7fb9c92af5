package main

import "fmt"

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s Stack[T]) Len() int  { return len(s.items) }

type Pusher[T any] interface{ Push(T) }
type Lener interface{ Len() int }

func fill[P Pusher[int]](p P) {
	for i := 0; i < 3; i++ {
		p.Push(i)
	}
}

func main() {
	s := &Stack[int]{}
	fill(s)
	fmt.Println(s.Len())
	var v any = *s
	_, ok := v.(Pusher[int])
	fmt.Println("Stack[int] Pusher:", ok)
	_, ok = v.(Lener)
	fmt.Println("Stack[int] Lener:", ok)
	var p any = s
	_, ok = p.(Pusher[int])
	fmt.Println("*Stack[int] Pusher[int]:", ok)
	_, ok = p.(Pusher[string])
	fmt.Println("*Stack[int] Pusher[string]:", ok)
}
