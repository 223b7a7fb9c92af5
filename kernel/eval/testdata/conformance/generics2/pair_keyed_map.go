package main

import (
	"fmt"
	"sort"
)

type Pair[A, B comparable] struct {
	A A
	B B
}

type Grid[T any] map[Pair[int, int]]T

func (g Grid[T]) Set(x, y int, v T) { g[Pair[int, int]{x, y}] = v }

func (g Grid[T]) Get(x, y int) (T, bool) {
	v, ok := g[Pair[int, int]{x, y}]
	return v, ok
}

func main() {
	g := Grid[rune]{}
	g.Set(0, 0, 'a')
	g.Set(2, 1, 'b')
	v, ok := g.Get(2, 1)
	_, ok2 := g.Get(1, 1)
	fmt.Println(string(v), ok, ok2, len(g))
	counts := map[Pair[string, bool]]int{}
	for _, w := range []string{"go", "Go", "go", "rust"} {
		counts[Pair[string, bool]{w, w[0] >= 'a'}]++
	}
	keys := make([]string, 0)
	for k, n := range counts {
		keys = append(keys, fmt.Sprintf("%s/%v=%d", k.A, k.B, n))
	}
	sort.Strings(keys)
	fmt.Println(keys)
}
