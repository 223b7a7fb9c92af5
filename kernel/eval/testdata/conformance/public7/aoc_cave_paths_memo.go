package main

import (
	"fmt"
	"sort"
	"strings"
	"unicode"
)

const input = `dc-end
HN-start
start-kj
dc-start
dc-HN
LN-dc
HN-end
kj-sa
kj-HN
kj-dc`

type key struct {
	at      string
	visited string // sorted small caves joined, as a comparable key
	twice   bool
}

func main() {
	adj := map[string][]string{}
	for _, l := range strings.Split(input, "\n") {
		a, b, _ := strings.Cut(l, "-")
		adj[a] = append(adj[a], b)
		adj[b] = append(adj[b], a)
	}
	for k := range adj {
		sort.Strings(adj[k])
	}
	small := func(s string) bool { return unicode.IsLower(rune(s[0])) }
	memo := map[key]int{}
	var count func(at string, visited []string, twice bool) int
	count = func(at string, visited []string, twice bool) int {
		if at == "end" {
			return 1
		}
		k := key{at, strings.Join(visited, ","), twice}
		if v, ok := memo[k]; ok {
			return v
		}
		n := 0
		for _, nx := range adj[at] {
			if nx == "start" {
				continue
			}
			if small(nx) {
				i := sort.SearchStrings(visited, nx)
				if i < len(visited) && visited[i] == nx {
					if !twice {
						n += count(nx, visited, true)
					}
					continue
				}
				nv := make([]string, 0, len(visited)+1)
				nv = append(nv, visited[:i]...)
				nv = append(nv, nx)
				nv = append(nv, visited[i:]...)
				n += count(nx, nv, twice)
			} else {
				n += count(nx, visited, twice)
			}
		}
		memo[k] = n
		return n
	}
	fmt.Println("part1", count("start", nil, true))
	clear(memo)
	fmt.Println("part2", count("start", nil, false))
	fmt.Println("memo size", len(memo))
}
