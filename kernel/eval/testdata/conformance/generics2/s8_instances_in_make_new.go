package main

import "fmt"

// Instances first made by new, make, var declarations, zero values and
// channel element types.

type Box[T any] struct{ V T }

func (b *Box[T]) Set(v T) *Box[T] { b.V = v; return b }
func (b Box[T]) Get() T           { return b.V }

type Queue[T any] struct{ ch chan T }

func NewQueue[T any](n int) Queue[T] { return Queue[T]{make(chan T, n)} }

func main() {
	p := new(Box[string])
	fmt.Println(p.Set("x").Get(), *p)
	var z Box[[]int]
	fmt.Println(z.Get() == nil, len(z.V))
	ch := make(chan Box[int], 2)
	ch <- Box[int]{1}
	ch <- *new(Box[int]).Set(2)
	close(ch)
	for b := range ch {
		fmt.Print(b.Get(), " ")
	}
	fmt.Println()
	m := make(map[string]*Box[float64])
	m["pi"] = new(Box[float64]).Set(3.14)
	fmt.Println(m["pi"].Get(), m["e"] == nil)
	s := make([]Box[bool], 2, 4)
	s[1].Set(true)
	fmt.Println(s, cap(s))
	q := NewQueue[Box[rune]](1)
	q.ch <- Box[rune]{'a'}
	fmt.Printf("%c %T\n", (<-q.ch).Get(), q)
	var arr [2]*Box[int8]
	fmt.Println(arr[0] == nil, len(arr))
}
