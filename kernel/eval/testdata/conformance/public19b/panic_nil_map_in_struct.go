package main

import "fmt"

type Registry struct {
	name  string
	items map[string]int
}

func NewRegistry(name string) Registry {
	return Registry{name: name}
}

func (r *Registry) Add(k string) {
	r.items[k]++
}

func main() {
	r := NewRegistry("main")
	fmt.Println(r.name, len(r.items), r.items["x"])
	r.Add("x")
}
