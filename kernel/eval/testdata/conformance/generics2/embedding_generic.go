package main

import "fmt"

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(x T)    { b.items = append(b.items, x) }
func (b *Base[T]) Count() int { return len(b.items) }

type Named[T any] struct {
	Base[T]
	Name string
}

func (n *Named[T]) Describe() string { return fmt.Sprintf("%s(%d)", n.Name, n.Count()) }

type Counter[K comparable] struct {
	*Base[K]
	seen map[K]int
}

func NewCounter[K comparable]() Counter[K] {
	return Counter[K]{Base: &Base[K]{}, seen: map[K]int{}}
}

func (c Counter[K]) Inc(k K) {
	if c.seen[k] == 0 {
		c.Add(k)
	}
	c.seen[k]++
}

func main() {
	n := &Named[string]{Name: "tags"}
	n.Add("a")
	n.Add("b")
	fmt.Println(n.Describe(), n.items, n.Base.Count())
	c := NewCounter[rune]()
	for _, r := range "hello" {
		c.Inc(r)
	}
	fmt.Println(c.Count(), c.seen['l'], string(c.items))
}
