package main

import (
	"fmt"
	"maps"
	"slices"
)

type Plugin interface{ Run() string }

type Echo struct{ Msg string }
type Count struct{ N int }

func (e Echo) Run() string   { return e.Msg }
func (c *Count) Run() string { c.N++; return fmt.Sprint(c.N) }

type Registry struct {
	Plugins map[string]Plugin
	Order   []string
}

func main() {
	r := Registry{Plugins: map[string]Plugin{"e": Echo{"hi"}, "c": &Count{}}}
	r.Order = slices.Sorted(maps.Keys(r.Plugins))
	for _, k := range r.Order {
		fmt.Println(k, r.Plugins[k].Run())
	}
	fmt.Printf("%v\n", r.Plugins["e"])
	fmt.Printf("%+v\n", r.Plugins["c"])
	fmt.Println(len(r.Plugins), r.Order)
}
