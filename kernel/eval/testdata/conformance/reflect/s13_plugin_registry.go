package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

// A plugin registry keyed by reflect.Type: plugins register a factory for
// their concrete type, and the host looks them up by type, lists them by
// name and checks which optional interfaces each implements.

type Plugin interface {
	Name() string
	Run(input string) string
}

type Configurable interface {
	Configure(opts map[string]string)
}

type upper struct{}

func (upper) Name() string        { return "upper" }
func (upper) Run(s string) string { return strings.ToUpper(s) }

type repeat struct{ n int }

func (r *repeat) Name() string                  { return "repeat" }
func (r *repeat) Run(s string) string           { return strings.Repeat(s, r.n) }
func (r *repeat) Configure(o map[string]string) { r.n = len(o["times"]) }

type registry struct {
	byType map[reflect.Type]func() Plugin
}

func (r *registry) register(f func() Plugin) {
	p := f()
	r.byType[reflect.TypeOf(p)] = f
}

func main() {
	reg := &registry{byType: map[reflect.Type]func() Plugin{}}
	reg.register(func() Plugin { return upper{} })
	reg.register(func() Plugin { return &repeat{n: 1} })

	configurable := reflect.TypeOf((*Configurable)(nil)).Elem()
	pluginType := reflect.TypeOf((*Plugin)(nil)).Elem()
	var types []reflect.Type
	for t := range reg.byType {
		types = append(types, t)
	}
	sort.Slice(types, func(i, j int) bool { return types[i].String() < types[j].String() })
	for _, t := range types {
		p := reg.byType[t]()
		if t.Implements(configurable) {
			p.(Configurable).Configure(map[string]string{"times": "xxx"})
		}
		fmt.Printf("%-14v kind=%-6v plugin=%v configurable=%v -> %s\n",
			t, t.Kind(), t.Implements(pluginType), t.Implements(configurable), p.Run("go"))
	}

	f, ok := reg.byType[reflect.TypeOf(upper{})]
	fmt.Println(ok, f().Name())
	_, ok = reg.byType[reflect.TypeOf(repeat{})]
	fmt.Println(ok)
	fmt.Println(pluginType.String(), pluginType.Name(), pluginType.NumMethod(), pluginType.Method(0).Name)
}
