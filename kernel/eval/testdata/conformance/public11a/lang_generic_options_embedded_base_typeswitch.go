package main

import (
	"fmt"
	"time"
)

type Option[T any] func(*T)

type Server struct {
	Host    string
	Port    int
	Timeout time.Duration
	Tags    []string
}

func With[T any](opts ...Option[T]) T {
	var v T
	for _, o := range opts {
		o(&v)
	}
	return v
}

func Port(p int) Option[Server]              { return func(s *Server) { s.Port = p } }
func Host(h string) Option[Server]           { return func(s *Server) { s.Host = h } }
func Tag(t ...string) Option[Server]         { return func(s *Server) { s.Tags = append(s.Tags, t...) } }
func Timeout(d time.Duration) Option[Server] { return func(s *Server) { s.Timeout = d } }

type Base[T any] struct {
	items []T
}

func (b *Base[T]) Add(v T) { b.items = append(b.items, v) }
func (b Base[T]) Len() int { return len(b.items) }
func (b *Base[T]) Last() T { return b.items[len(b.items)-1] }

type Named[T any] struct {
	*Base[T]
	Name string
}

func describe[T any](v T) string {
	switch x := any(v).(type) {
	case int:
		return fmt.Sprintf("int %d", x)
	case string:
		return "string " + x
	case fmt.Stringer:
		return "stringer " + x.String()
	case []T:
		return fmt.Sprint("slice of T ", len(x))
	default:
		return fmt.Sprintf("other %T", x)
	}
}

func main() {
	s := With(Host("localhost"), Port(8080), Tag("a", "b"), Timeout(2*time.Second), Tag("c"))
	fmt.Printf("%+v\n", s)
	n := Named[string]{Base: &Base[string]{}, Name: "names"}
	n.Add("x")
	n.Add("y")
	fmt.Println(n.Len(), n.Last(), n.Name)
	fmt.Println(describe(3), describe("s"), describe(time.Second), describe(2.5), describe([]int{1}))
	fmt.Println(min(2.5, 1.0, 3), max("b", "abc"), min(3, 2, 1))
	m := map[string][]int{"a": {1}, "b": {2}}
	clear(m)
	sl := []int{1, 2, 3}
	clear(sl)
	fmt.Println(len(m), sl)
}
