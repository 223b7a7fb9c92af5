package main

// A generic set and cache keyed by a struct with an any field holding
// values of a type of the program.

import "fmt"

type Point struct{ X, Y int }

type Key struct {
	Kind string
	ID   any
}

type Set[T comparable] map[T]struct{}

func (s Set[T]) Add(v T)      { s[v] = struct{}{} }
func (s Set[T]) Has(v T) bool { _, ok := s[v]; return ok }

type Cache[K comparable, V any] struct{ m map[K]V }

func (c *Cache[K, V]) Put(k K, v V) {
	if c.m == nil {
		c.m = map[K]V{}
	}
	c.m[k] = v
}
func (c *Cache[K, V]) Get(k K) (V, bool) { v, ok := c.m[k]; return v, ok }

func main() {
	s := Set[Key]{}
	s.Add(Key{"a", Point{1, 2}})
	s.Add(Key{"a", Point{1, 2}})
	fmt.Println(len(s), s.Has(Key{"a", Point{1, 2}}))
	var c Cache[Key, string]
	c.Put(Key{"b", Point{}}, "x")
	c.Put(Key{"b", Point{}}, "y")
	v, ok := c.Get(Key{"b", Point{}})
	fmt.Println(len(c.m), v, ok)
}
