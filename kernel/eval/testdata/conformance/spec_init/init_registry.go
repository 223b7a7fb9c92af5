package main

import (
	"fmt"
	"sort"
)

type Plugin interface {
	Name() string
	Run(int) int
}

var registry = map[string]Plugin{}

func register(p Plugin) {
	if _, dup := registry[p.Name()]; dup {
		panic("duplicate plugin " + p.Name())
	}
	registry[p.Name()] = p
}

type doubler struct{}

func (doubler) Name() string  { return "double" }
func (doubler) Run(x int) int { return 2 * x }

type squarer struct{}

func (squarer) Name() string  { return "square" }
func (squarer) Run(x int) int { return x * x }

func init() { register(doubler{}) }
func init() { register(squarer{}) }

func main() {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		fmt.Println(n, registry[n].Run(7))
	}
}
