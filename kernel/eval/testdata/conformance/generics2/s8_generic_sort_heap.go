package main

import (
	"cmp"
	"container/heap"
	"fmt"
	"sort"
)

// Generic types implementing sort.Interface and heap.Interface, passed to
// the compiled sort and heap packages.

type By[T any] struct {
	xs   []T
	less func(a, b T) bool
}

func (b By[T]) Len() int           { return len(b.xs) }
func (b By[T]) Less(i, j int) bool { return b.less(b.xs[i], b.xs[j]) }
func (b By[T]) Swap(i, j int)      { b.xs[i], b.xs[j] = b.xs[j], b.xs[i] }

type PQ[T cmp.Ordered] []T

func (p PQ[T]) Len() int           { return len(p) }
func (p PQ[T]) Less(i, j int) bool { return p[i] < p[j] }
func (p PQ[T]) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p *PQ[T]) Push(x any)        { *p = append(*p, x.(T)) }
func (p *PQ[T]) Pop() any {
	old := *p
	x := old[len(old)-1]
	*p = old[:len(old)-1]
	return x
}

type Person struct {
	Name string
	Age  int
}

func main() {
	people := []Person{{"ann", 40}, {"bob", 25}, {"cy", 31}}
	sort.Sort(By[Person]{people, func(a, b Person) bool { return a.Age < b.Age }})
	fmt.Println(people)
	sort.Stable(sort.Reverse(By[Person]{people, func(a, b Person) bool { return a.Name < b.Name }}))
	fmt.Println(people)
	h := &PQ[string]{"m", "c", "x"}
	heap.Init(h)
	heap.Push(h, "a")
	var out []string
	for h.Len() > 0 {
		out = append(out, heap.Pop(h).(string))
	}
	fmt.Println(out)
	hi := &PQ[float64]{}
	for _, f := range []float64{2.5, -1, 9} {
		heap.Push(hi, f)
	}
	fmt.Println(heap.Pop(hi), hi.Len())
}
