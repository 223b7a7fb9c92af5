package main

import (
	"fmt"
	"sort"
	"strings"
)

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(x ...T) { b.items = append(b.items, x...) }
func (b Base[T]) Len() int    { return len(b.items) }
func (b Base[T]) At(i int) T  { return b.items[i] }
func (b *Base[T]) Clear()     { b.items = nil }
func (b Base[T]) Each(f func(int, T)) {
	for i, x := range b.items {
		f(i, x)
	}
}

type Named[T any] struct {
	Base[T]
	Name string
}

func (n Named[T]) String() string {
	var parts []string
	n.Each(func(i int, x T) { parts = append(parts, fmt.Sprint(x)) })
	return n.Name + "{" + strings.Join(parts, ",") + "}"
}

type SortedInts struct {
	Named[int]
}

func (s SortedInts) Less(i, j int) bool { return s.items[i] < s.items[j] }
func (s SortedInts) Swap(i, j int)      { s.items[i], s.items[j] = s.items[j], s.items[i] }

type Lener interface{ Len() int }

type Pair[A, B any] struct {
	First  A
	Second B
}

func (p Pair[A, B]) Swap() Pair[B, A] { return Pair[B, A]{p.Second, p.First} }

type Triple[A, B, C any] struct {
	Pair[A, B]
	Third C
}

func main() {
	var n Named[string]
	n.Name = "words"
	n.Add("x", "y")
	n.Add("z")
	fmt.Println(n, n.Len(), n.At(1))
	var l Lener = n
	fmt.Println(l.Len())
	s := SortedInts{Named[int]{Name: "nums"}}
	s.Add(5, 2, 8, 1)
	sort.Sort(s)
	fmt.Println(s, sort.IsSorted(s))
	sort.Sort(sort.Reverse(s))
	fmt.Println(s.String())
	s.Clear()
	fmt.Println(s.Len(), s)
	var ls []Lener = []Lener{n, s, &n, Named[float64]{Base[float64]{[]float64{1.5}}, "f"}}
	for _, x := range ls {
		fmt.Printf("%d %v|", x.Len(), x)
	}
	fmt.Println()
	t := Triple[int, string, bool]{Pair[int, string]{1, "one"}, true}
	fmt.Println(t.Swap(), t.First, t.Pair.Second, t.Third)
	fmt.Printf("%+v %T\n", t.Swap(), t.Swap())
}
