package main

import (
	"fmt"
	"sort"
	"strings"
)

type Plugin interface {
	Name() string
	Apply(string) string
}

type pluginFunc struct {
	name string
	f    func(string) string
}

func (p pluginFunc) Name() string          { return p.name }
func (p pluginFunc) Apply(s string) string { return p.f(s) }

var (
	registry = map[string]Plugin{}
	order    []string
	total    = countAll()
	base     = prefix + "-v" + fmt.Sprint(version)
	prefix   = strings.ToUpper("app")
	version  = 2
)

func countAll() int {
	order = append(order, "countAll")
	return len(registry)
}

func register(p Plugin) {
	if _, dup := registry[p.Name()]; dup {
		panic("duplicate plugin " + p.Name())
	}
	registry[p.Name()] = p
	order = append(order, "register "+p.Name())
}

func init() {
	register(pluginFunc{"upper", strings.ToUpper})
}

func init() {
	register(pluginFunc{"trim", strings.TrimSpace})
	register(pluginFunc{"exclaim", func(s string) string { return s + "!" }})
}

type reverse struct{}

func (reverse) Name() string { return "reverse" }
func (reverse) Apply(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func init() {
	register(reverse{})
	order = append(order, fmt.Sprintf("init3 sees total=%d base=%s", total, base))
}

func main() {
	fmt.Println(strings.Join(order, "\n"))
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	s := "  hello plugins "
	for _, n := range names {
		s = registry[n].Apply(s)
		fmt.Printf("%-8s %q\n", n, s)
	}
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		register(reverse{})
	}()
}
