package main

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"
)

// Map iteration order is random: sort keys before printing.

type Score struct {
	Name  string
	Score int
}

func main() {
	votes := map[string]int{"go": 5, "rust": 3, "zig": 3, "c": 1, "python": 5}
	keys := make([]string, 0, len(votes))
	for k := range votes {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%s=%d ", k, votes[k])
	}
	fmt.Println()
	var ranked []Score
	for k, v := range votes {
		ranked = append(ranked, Score{k, v})
	}
	sort.Slice(ranked, func(i, j int) bool {
		if ranked[i].Score != ranked[j].Score {
			return ranked[i].Score > ranked[j].Score
		}
		return ranked[i].Name < ranked[j].Name
	})
	fmt.Println(ranked)
	for _, k := range slices.Sorted(maps.Keys(votes)) {
		fmt.Print(k, " ")
	}
	fmt.Println()
	vals := slices.Collect(maps.Values(votes))
	slices.Sort(vals)
	fmt.Println(vals, slices.Compact(vals))
	// fmt sorts map keys itself
	fmt.Println(votes)
	fmt.Printf("%v\n", map[int][]string{3: {"c"}, 1: {"a"}, 2: nil})
	// deleting during range is allowed
	for k, v := range votes {
		if v < 3 {
			delete(votes, k)
		}
	}
	fmt.Println(len(votes), votes)
	inverted := map[int][]string{}
	for k, v := range votes {
		inverted[v] = append(inverted[v], k)
	}
	for _, v := range inverted {
		sort.Strings(v)
	}
	fmt.Println(inverted)
	clone := maps.Clone(votes)
	clone["go"] = 100
	fmt.Println(votes["go"], clone["go"], maps.Equal(votes, clone))
	maps.DeleteFunc(clone, func(k string, v int) bool { return strings.HasPrefix(k, "r") })
	fmt.Println(clone)
}
