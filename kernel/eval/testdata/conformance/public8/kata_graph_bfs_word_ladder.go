package main

import (
	"fmt"
	"strings"
)

func ladder(start, end string, dict []string) []string {
	words := map[string]bool{}
	for _, w := range dict {
		words[w] = true
	}
	if !words[end] {
		return nil
	}
	prev := map[string]string{start: ""}
	queue := []string{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		if cur == end {
			var path []string
			for w := end; w != ""; w = prev[w] {
				path = append([]string{w}, path...)
			}
			return path
		}
		b := []byte(cur)
		for i := range b {
			orig := b[i]
			for c := byte('a'); c <= 'z'; c++ {
				if c == orig {
					continue
				}
				b[i] = c
				nw := string(b)
				if _, seen := prev[nw]; words[nw] && !seen {
					prev[nw] = cur
					queue = append(queue, nw)
				}
			}
			b[i] = orig
		}
	}
	return nil
}

func main() {
	dict := strings.Fields("hot dot dog lot log cog hit cot cat cut")
	fmt.Println(ladder("hit", "cog", dict))
	fmt.Println(ladder("cat", "dog", dict))
	fmt.Println(ladder("hit", "xyz", dict))
	p := ladder("hot", "hot", dict)
	fmt.Println(p, len(p))
}
