package main

import (
	"fmt"
	"sort"
	"strings"

	"github.com/gonotes/gonotes/lib/queue"
)

var words = map[string]bool{"cold": true, "cord": true, "card": true, "ward": true, "warm": true, "word": true, "worm": true, "corm": true, "wore": true, "core": true}

func neighbours(w string) []string {
	var out []string
	for i := 0; i < len(w); i++ {
		for c := 'a'; c <= 'z'; c++ {
			cand := w[:i] + string(c) + w[i+1:]
			if cand != w && words[cand] {
				out = append(out, cand)
			}
		}
	}
	return out
}

func ladder(start, goal string) []string {
	q := queue.New(0)
	q.Put([]string{start})
	seen := map[string]bool{start: true}
	for !q.Empty() {
		path := q.Get().([]string)
		if path[len(path)-1] == goal {
			return path
		}
		ns := neighbours(path[len(path)-1])
		sort.Strings(ns)
		for _, n := range ns {
			if !seen[n] {
				seen[n] = true
				q.Put(append(append([]string{}, path...), n))
			}
		}
	}
	return nil
}

func show(p []string) string {
	if p == nil {
		return "None"
	}
	return "['" + strings.Join(p, "', '") + "']"
}

func main() {
	fmt.Println(show(ladder("cold", "warm")))
	fmt.Println(show(ladder("cold", "wore")))
	fmt.Println(show(ladder("cold", "zzzz")))
}
