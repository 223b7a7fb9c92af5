package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/multiprocessing"
)

func tagged(pair []any) []any {
	w := []rune(pair[1].(string))
	for a, b := 0, len(w)-1; a < b; a, b = a+1, b-1 {
		w[a], w[b] = w[b], w[a]
	}
	return []any{pair[0], string(w)}
}

func main() {
	multiprocessing.Main(tagged)
	words := []string{"stop", "live", "drawer", "gateman", "reward"}
	var items []any
	for i, w := range words {
		items = append(items, []any{i, w})
	}
	p := multiprocessing.NewPool(2)
	it := p.ImapUnordered(tagged, items)
	var out [][]any
	for it.Next() {
		out = append(out, it.Value().([]any))
	}
	p.Terminate()
	sort.Slice(out, func(a, b int) bool { return out[a][0].(int) < out[b][0].(int) })
	var ps, ws []string
	for _, o := range out {
		ps = append(ps, fmt.Sprintf("(%d, '%s')", o[0], o[1]))
		ws = append(ws, "'"+o[1].(string)+"'")
	}
	fmt.Println("[" + strings.Join(ps, ", ") + "]")
	fmt.Println("[" + strings.Join(ws, ", ") + "]")
}
