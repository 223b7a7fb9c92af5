package main

import "fmt"

type Queue[T any] struct{ in, out []T }

func (q *Queue[T]) Push(v T) { q.in = append(q.in, v) }

func (q *Queue[T]) Pop() (T, bool) {
	if len(q.out) == 0 {
		for len(q.in) > 0 {
			n := len(q.in) - 1
			q.out = append(q.out, q.in[n])
			q.in = q.in[:n]
		}
	}
	if len(q.out) == 0 {
		var zero T
		return zero, false
	}
	n := len(q.out) - 1
	v := q.out[n]
	q.out = q.out[:n]
	return v, true
}

func (q *Queue[T]) Len() int { return len(q.in) + len(q.out) }

func main() {
	var q Queue[string]
	q.Push("a")
	q.Push("b")
	v, _ := q.Pop()
	q.Push("c")
	fmt.Println(v, q.Len())
	for {
		v, ok := q.Pop()
		if !ok {
			break
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	var qi Queue[[2]int]
	qi.Push([2]int{1, 2})
	fmt.Println(qi.Pop())
	fmt.Println(qi.Pop())
}
