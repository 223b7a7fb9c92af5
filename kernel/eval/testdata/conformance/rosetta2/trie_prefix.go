package main

import (
	"fmt"
	"sort"
)

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: map[rune]*Trie{}} }

func (t *Trie) Insert(w string) {
	n := t
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = NewTrie()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	n.end = true
}

func (t *Trie) find(prefix string) *Trie {
	n := t
	for _, r := range prefix {
		var ok bool
		if n, ok = n.children[r]; !ok {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) WithPrefix(p string) []string {
	n := t.find(p)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(n *Trie, acc []rune)
	walk = func(n *Trie, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for k := range n.children {
			keys = append(keys, k)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, k := range keys {
			walk(n.children[k], append(acc, k))
		}
	}
	walk(n, []rune(p))
	return out
}

func main() {
	t := NewTrie()
	for _, w := range []string{"car", "cart", "carbon", "cat", "dog", "do", "über", "übel"} {
		t.Insert(w)
	}
	fmt.Println(t.Contains("car"), t.Contains("ca"), t.Contains("über"))
	fmt.Println(t.WithPrefix("car"))
	fmt.Println(t.WithPrefix("d"))
	fmt.Println(t.WithPrefix("üb"), t.find("üb").count)
	fmt.Println(t.WithPrefix("x") == nil)
}
