package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

func canFinish(n int, prereq [][2]int) ([]int, bool) {
	adj := make([][]int, n)
	indeg := make([]int, n)
	for _, p := range prereq {
		adj[p[1]] = append(adj[p[1]], p[0])
		indeg[p[0]]++
	}
	var q, order []int
	for i, d := range indeg {
		if d == 0 {
			q = append(q, i)
		}
	}
	for len(q) > 0 {
		v := q[0]
		q = q[1:]
		order = append(order, v)
		for _, w := range adj[v] {
			if indeg[w]--; indeg[w] == 0 {
				q = append(q, w)
			}
		}
	}
	return order, len(order) == n
}

var ErrCycle = errors.New("cycle")

func topoSort(deps map[string][]string) ([]string, error) {
	const (
		white = iota
		gray
		black
	)
	color := map[string]int{}
	var order []string
	var visit func(string, []string) error
	visit = func(n string, path []string) error {
		switch color[n] {
		case gray:
			return fmt.Errorf("%w: %s", ErrCycle, strings.Join(append(path, n), " -> "))
		case black:
			return nil
		}
		color[n] = gray
		ds := append([]string(nil), deps[n]...)
		sort.Strings(ds)
		for _, d := range ds {
			if err := visit(d, append(path, n)); err != nil {
				return err
			}
		}
		color[n] = black
		order = append(order, n)
		return nil
	}
	keys := make([]string, 0, len(deps))
	for k := range deps {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if err := visit(k, nil); err != nil {
			return order, err
		}
	}
	return order, nil
}

func main() {
	fmt.Println(canFinish(2, [][2]int{{1, 0}}))
	fmt.Println(canFinish(2, [][2]int{{1, 0}, {0, 1}}))
	fmt.Println(canFinish(6, [][2]int{{1, 0}, {2, 0}, {3, 1}, {3, 2}, {5, 4}}))
	prereqs := map[string][]string{
		"algorithms":            {"data structures"},
		"calculus":              {"linear algebra"},
		"compilers":             {"data structures", "formal languages", "computer organization"},
		"data structures":       {"discrete math"},
		"databases":             {"data structures"},
		"discrete math":         {"intro to programming"},
		"formal languages":      {"discrete math"},
		"networks":              {"operating systems"},
		"operating systems":     {"data structures", "computer organization"},
		"programming languages": {"data structures", "computer organization"},
	}
	order, err := topoSort(prereqs)
	for i, c := range order {
		fmt.Printf("%2d:\t%s\n", i+1, c)
	}
	fmt.Println(err)
	prereqs["intro to programming"] = []string{"compilers"}
	order, err = topoSort(prereqs)
	fmt.Println(len(order), err, errors.Is(err, ErrCycle))
}
