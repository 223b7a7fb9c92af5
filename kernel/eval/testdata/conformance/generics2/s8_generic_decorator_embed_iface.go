package main

import (
	"fmt"
	"sort"
)

// Structs embedding a generic interface (decorators): promoted methods of
// the embedded interface, overridden ones calling through it.

type Store[K comparable, V any] interface {
	Get(K) (V, bool)
	Put(K, V)
	Keys() []K
}

type MapStore[K comparable, V any] struct{ m map[K]V }

func NewMapStore[K comparable, V any]() *MapStore[K, V] { return &MapStore[K, V]{map[K]V{}} }

func (s *MapStore[K, V]) Get(k K) (V, bool) { v, ok := s.m[k]; return v, ok }
func (s *MapStore[K, V]) Put(k K, v V)      { s.m[k] = v }
func (s *MapStore[K, V]) Keys() []K {
	var ks []K
	for k := range s.m {
		ks = append(ks, k)
	}
	return ks
}

type Counting[K comparable, V any] struct {
	Store[K, V]
	gets, misses int
}

func (c *Counting[K, V]) Get(k K) (V, bool) {
	c.gets++
	v, ok := c.Store.Get(k)
	if !ok {
		c.misses++
	}
	return v, ok
}

type Logged[K comparable, V any] struct {
	Store[K, V]
	log []string
}

func (l *Logged[K, V]) Put(k K, v V) {
	l.log = append(l.log, fmt.Sprintf("put %v=%v", k, v))
	l.Store.Put(k, v)
}

func main() {
	c := &Counting[string, int]{Store: NewMapStore[string, int]()}
	l := &Logged[string, int]{Store: c}
	var s Store[string, int] = l
	s.Put("a", 1)
	s.Put("b", 2)
	fmt.Println(s.Get("a"))
	fmt.Println(s.Get("z"))
	ks := s.Keys()
	sort.Strings(ks)
	fmt.Println(ks, c.gets, c.misses, l.log)
}
