package main

import (
	"fmt"
	"sort"
)

// The sort.Reverse pattern: embed an interface and override one method.
type byLen []string

func (s byLen) Len() int           { return len(s) }
func (s byLen) Less(i, j int) bool { return len(s[i]) < len(s[j]) }
func (s byLen) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

type countingSwaps struct {
	sort.Interface
	n *int
}

func (c countingSwaps) Swap(i, j int) { *c.n++; c.Interface.Swap(i, j) }

func main() {
	words := []string{"ccc", "a", "bb", "dddd"}
	sort.Sort(reverse{byLen(words)})
	fmt.Println(words)
	n := 0
	sort.Sort(countingSwaps{byLen(words), &n})
	fmt.Println(words, n > 0)
	var nilEmbed reverse
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	nilEmbed.Len()
}
