package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func cube(x int) int {
	return x * x * x
}

func span(a, b int) []int {
	var r []int
	for i := a; i < b; i++ {
		r = append(r, i)
	}
	return r
}

func length(s string) int { return len(s) }

func list(xs []any) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		switch v := x.(type) {
		case []int:
			ps := make([]string, len(v))
			for j, n := range v {
				ps[j] = fmt.Sprint(n)
			}
			parts[i] = "[" + strings.Join(ps, ", ") + "]"
		case nil:
			parts[i] = "[]"
		default:
			parts[i] = fmt.Sprint(v)
		}
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func collect(it *multiprocessing.IMapIterator) []any {
	var out []any
	for it.Next() {
		out = append(out, it.Value())
	}
	return out
}

func main() {
	multiprocessing.Main(cube, span, length)
	p := multiprocessing.NewPool(3)
	xs := []any{0, 1, 2, 3, 4, 5}
	fmt.Println(list(collect(p.Imap(cube, xs))))
	un := collect(p.ImapUnordered(cube, xs, 2))
	sort.Slice(un, func(a, b int) bool { return un[a].(int) < un[b].(int) })
	fmt.Println(list(un))
	sm, _ := p.Starmap(span, [][]any{{0, 3}, {5, 7}, {2, 2}})
	fmt.Println(list(sm))
	ls, _ := p.Map(length, []any{"a", "bb", ""})
	fmt.Println(list(ls))
	fmt.Println(list(collect(p.Imap(cube, []any{}))))
	p.Terminate()
}
