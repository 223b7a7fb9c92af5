package main

import (
	"fmt"
	"sort"
	"strings"
)

type Store[K comparable, V any] struct {
	data  map[K]V
	order []K
}

func NewStore[K comparable, V any]() Store[K, V] {
	return Store[K, V]{data: map[K]V{}}
}

func (s *Store[K, V]) Put(k K, v V) {
	if _, ok := s.data[k]; !ok {
		s.order = append(s.order, k)
	}
	s.data[k] = v
}

func (s *Store[K, V]) Get(k K) (V, bool) { v, ok := s.data[k]; return v, ok }
func (s *Store[K, V]) Len() int          { return len(s.data) }
func (s *Store[K, V]) Keys() []K         { return append([]K(nil), s.order...) }

type User struct {
	Name string
	Age  int
}

type UserRepo struct {
	Store[string, User]
	audit []string
}

func (r *UserRepo) Put(k string, u User) {
	r.audit = append(r.audit, "put "+k)
	r.Store.Put(k, u)
}

func (r *UserRepo) Adults() []string {
	var out []string
	for _, k := range r.Keys() {
		if u, _ := r.Get(k); u.Age >= 18 {
			out = append(out, u.Name)
		}
	}
	sort.Strings(out)
	return out
}

type Lener interface{ Len() int }

type Counter[T comparable] struct {
	Store[T, int]
}

func (c *Counter[T]) Add(items ...T) {
	for _, it := range items {
		n, _ := c.Get(it)
		c.Put(it, n+1)
	}
}

func main() {
	repo := &UserRepo{Store: NewStore[string, User]()}
	repo.Put("a", User{"Ann", 34})
	repo.Put("b", User{"Ben", 12})
	repo.Put("c", User{"Cal", 18})
	repo.Put("a", User{"Ann", 35})
	u, ok := repo.Get("a")
	fmt.Println(u, ok, repo.Len(), repo.Keys(), repo.Adults())
	fmt.Println(strings.Join(repo.audit, ", "))
	var l Lener = repo
	fmt.Println(l.Len())
	c := &Counter[rune]{NewStore[rune, int]()}
	c.Add([]rune("mississippi")...)
	for _, k := range c.Keys() {
		n, _ := c.Get(k)
		fmt.Printf("%c=%d ", k, n)
	}
	fmt.Println()
	l = c
	fmt.Println(l.Len())
	fmt.Printf("%T %T\n", repo.Store, c.Store)
}
