package main

import (
	"fmt"
	"slices"
	"strings"
)

type Index map[string][]string

func key(w string) string {
	b := []byte(strings.ToLower(w))
	slices.Sort(b)
	return string(b)
}

func (ix Index) Add(words ...string) {
	for _, w := range words {
		k := key(w)
		if !slices.Contains(ix[k], w) {
			ix[k] = append(ix[k], w)
		}
	}
}

func (ix Index) Anagrams(w string) []string {
	var out []string
	for _, c := range ix[key(w)] {
		if !strings.EqualFold(c, w) {
			out = append(out, c)
		}
	}
	slices.Sort(out)
	return out
}

func main() {
	ix := Index{}
	ix.Add(strings.Fields("stop pots tops opts post spot rat tar art star rats arts tsar Arts")...)
	for _, w := range []string{"spot", "tar", "star", "xyz", "ARTS"} {
		fmt.Printf("%-5s %v\n", w, ix.Anagrams(w))
	}
	biggest := ""
	for k, ws := range ix {
		if len(ws) > len(ix[biggest]) || len(ws) == len(ix[biggest]) && k < biggest {
			biggest = k
		}
	}
	fmt.Println(biggest, len(ix[biggest]))
}
