package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
)

func key(w string) string {
	r := []rune(w)
	slices.Sort(r)
	return string(r)
}

func main() {
	words := strings.Fields("listen silent enlist google elgoog abel able bale bela elba alert alter later tinsel inlets cat act tac dog")
	groups := map[string][]string{}
	for _, w := range words {
		k := key(w)
		groups[k] = append(groups[k], w)
	}
	var keys []string
	for k, g := range groups {
		if len(g) > 1 {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		if len(groups[keys[i]]) != len(groups[keys[j]]) {
			return len(groups[keys[i]]) > len(groups[keys[j]])
		}
		return keys[i] < keys[j]
	})
	for _, k := range keys {
		fmt.Println(k, groups[k])
	}
}
