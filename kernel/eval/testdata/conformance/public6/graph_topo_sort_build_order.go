package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Graph struct {
	deps map[string][]string
}

func (g *Graph) Add(pkg string, deps ...string) {
	if g.deps == nil {
		g.deps = map[string][]string{}
	}
	g.deps[pkg] = append(g.deps[pkg], deps...)
	for _, d := range deps {
		if _, ok := g.deps[d]; !ok {
			g.deps[d] = nil
		}
	}
}

type CycleError struct{ Path []string }

func (e CycleError) Error() string { return "cycle: " + strings.Join(e.Path, " -> ") }

// Order returns a build order (dependencies first) by DFS, detecting cycles.
func (g *Graph) Order() ([]string, error) {
	const (
		white = iota
		gray
		black
	)
	color := map[string]int{}
	var order, stack []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case gray:
			i := len(stack) - 1
			for stack[i] != n {
				i--
			}
			return CycleError{append(append([]string(nil), stack[i:]...), n)}
		case black:
			return nil
		}
		color[n] = gray
		stack = append(stack, n)
		deps := append([]string(nil), g.deps[n]...)
		sort.Strings(deps)
		for _, d := range deps {
			if err := visit(d); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, n)
		return nil
	}
	names := make([]string, 0, len(g.deps))
	for n := range g.deps {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	return order, nil
}

func levels(g *Graph, order []string) map[string]int {
	lv := map[string]int{}
	for _, n := range order {
		for _, d := range g.deps[n] {
			lv[n] = max(lv[n], lv[d]+1)
		}
	}
	return lv
}

func main() {
	var g Graph
	g.Add("app", "http", "db", "log")
	g.Add("http", "net", "log")
	g.Add("db", "sql", "log")
	g.Add("sql", "net")
	g.Add("log", "fmt")
	g.Add("net", "fmt")
	order, err := g.Order()
	fmt.Println(order, err)
	lv := levels(&g, order)
	byLevel := map[int][]string{}
	maxLv := 0
	for n, l := range lv {
		byLevel[l] = append(byLevel[l], n)
		maxLv = max(maxLv, l)
	}
	for l := 0; l <= maxLv; l++ {
		sort.Strings(byLevel[l])
		fmt.Println("level", l, byLevel[l])
	}
	g.Add("fmt", "app")
	_, err = g.Order()
	var ce CycleError
	fmt.Println(err, errors.As(err, &ce), len(ce.Path))
}
