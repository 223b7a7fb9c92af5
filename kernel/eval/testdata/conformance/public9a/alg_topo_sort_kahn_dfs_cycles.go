package main

import (
	"errors"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Graph map[string][]string

var ErrCycle = errors.New("cycle")

type CycleError struct{ Path []string }

func (c *CycleError) Error() string { return "cycle: " + strings.Join(c.Path, " -> ") }
func (c *CycleError) Unwrap() error { return ErrCycle }

func (g Graph) nodes() []string {
	set := map[string]bool{}
	for k, vs := range g {
		set[k] = true
		for _, v := range vs {
			set[v] = true
		}
	}
	out := make([]string, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}

func (g Graph) Kahn() ([]string, error) {
	indeg := map[string]int{}
	for _, n := range g.nodes() {
		indeg[n] += 0
		for _, m := range g[n] {
			indeg[m]++
		}
	}
	var queue []string
	for _, n := range g.nodes() {
		if indeg[n] == 0 {
			queue = append(queue, n)
		}
	}
	var order []string
	for len(queue) > 0 {
		sort.Strings(queue)
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range g[n] {
			if indeg[m]--; indeg[m] == 0 {
				queue = append(queue, m)
			}
		}
	}
	if len(order) != len(indeg) {
		return order, ErrCycle
	}
	return order, nil
}

func (g Graph) DFS() (order []string, err error) {
	const (
		white = iota
		grey
		black
	)
	color := map[string]int{}
	var stack []string
	var visit func(n string) error
	visit = func(n string) error {
		switch color[n] {
		case grey:
			i := slices.Index(stack, n)
			return &CycleError{append(slices.Clone(stack[i:]), n)}
		case black:
			return nil
		}
		color[n] = grey
		stack = append(stack, n)
		deps := slices.Clone(g[n])
		sort.Strings(deps)
		for _, m := range deps {
			if err := visit(m); err != nil {
				return err
			}
		}
		stack = stack[:len(stack)-1]
		color[n] = black
		order = append(order, n)
		return nil
	}
	for _, n := range g.nodes() {
		if err := visit(n); err != nil {
			return nil, err
		}
	}
	slices.Reverse(order)
	return order, nil
}

func main() {
	g := Graph{
		"shirt": {"tie", "belt"}, "tie": {"jacket"}, "pants": {"shoes", "belt"},
		"belt": {"jacket"}, "socks": {"shoes"}, "undershorts": {"pants", "shoes"},
	}
	fmt.Println(g.Kahn())
	fmt.Println(g.DFS())
	g["jacket"] = []string{"shirt"}
	o, err := g.Kahn()
	fmt.Println(o, err)
	_, err = g.DFS()
	var ce *CycleError
	fmt.Println(err, errors.Is(err, ErrCycle), errors.As(err, &ce), len(ce.Path))
}
