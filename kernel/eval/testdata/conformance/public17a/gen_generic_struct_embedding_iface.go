package main

import (
	"fmt"
	"sort"
)

type Keyed[K comparable] interface {
	Key() K
}

type Registry[K comparable, V Keyed[K]] struct {
	items map[K]V
	order []K
}

func NewRegistry[K comparable, V Keyed[K]]() *Registry[K, V] {
	return &Registry[K, V]{items: map[K]V{}}
}

func (r *Registry[K, V]) Put(v V) bool {
	k := v.Key()
	_, exists := r.items[k]
	r.items[k] = v
	if !exists {
		r.order = append(r.order, k)
	}
	return !exists
}

func (r *Registry[K, V]) Each(f func(V)) {
	for _, k := range r.order {
		f(r.items[k])
	}
}

type User struct {
	ID   int
	Name string
}

func (u User) Key() int { return u.ID }

type Tag string

func (t Tag) Key() string { return string(t) }

func main() {
	r := NewRegistry[int, User]()
	fmt.Println(r.Put(User{2, "bo"}), r.Put(User{1, "al"}), r.Put(User{2, "bob"}))
	r.Each(func(u User) { fmt.Println(u.ID, u.Name) })
	tr := NewRegistry[string, Tag]()
	for _, t := range []Tag{"go", "rust", "go", "zig"} {
		tr.Put(t)
	}
	var tags []string
	tr.Each(func(t Tag) { tags = append(tags, string(t)) })
	sort.Strings(tags)
	fmt.Println(tags, len(tr.items))
	fmt.Printf("%T\n", r)
}
