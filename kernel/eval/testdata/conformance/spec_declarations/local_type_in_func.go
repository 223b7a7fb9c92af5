package main

import (
	"fmt"
	"sort"
)

func rank(words []string) []string {
	type entry struct {
		word  string
		score int
	}
	var es []entry
	for _, w := range words {
		es = append(es, entry{w, len(w)})
	}
	sort.Slice(es, func(i, j int) bool {
		if es[i].score != es[j].score {
			return es[i].score > es[j].score
		}
		return es[i].word < es[j].word
	})
	var out []string
	for _, e := range es {
		out = append(out, fmt.Sprintf("%v", e))
	}
	return out
}

func main() {
	fmt.Println(rank([]string{"go", "gopher", "is", "fun"}))
	type pair [2]int
	ps := []pair{{1, 2}, {3, 4}}
	fmt.Printf("%v %T\n", ps, ps[0])
}
