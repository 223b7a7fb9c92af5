package main

import (
	"fmt"
	"sort"
	"strings"
)

func main() {
	text := "the cat sat on the mat the end"
	bigrams := map[string]map[string]int{}
	words := strings.Fields(text)
	for i := 0; i+1 < len(words); i++ {
		a, b := words[i], words[i+1]
		if bigrams[a] == nil {
			bigrams[a] = map[string]int{}
		}
		bigrams[a][b]++
	}
	keys := make([]string, 0, len(bigrams))
	for k := range bigrams {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, bigrams[k])
	}
	fmt.Println(bigrams["missing"]["x"], len(bigrams["the"]))
	delete(bigrams["the"], "cat")
	fmt.Println(bigrams["the"])
	type key struct{ a, b string }
	flat := map[key]int{}
	for a, m := range bigrams {
		for b, n := range m {
			flat[key{a, b}] = n
		}
	}
	fmt.Println(len(flat), flat[key{"the", "mat"}])
}
