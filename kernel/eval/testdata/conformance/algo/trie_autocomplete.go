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
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool {
	n := t.find(w)
	return n != nil && n.end
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) Complete(prefix string) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(*Trie, []rune)
	walk = func(n *Trie, acc []rune) {
		if n.end {
			out = append(out, string(acc))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(acc, r))
		}
	}
	walk(n, []rune(prefix))
	return out
}

func main() {
	t := NewTrie()
	for _, w := range []string{"car", "card", "care", "careful", "cat", "dog", "do", "über"} {
		t.Insert(w)
	}
	fmt.Println(t.Contains("car"), t.Contains("ca"), t.Contains("über"))
	fmt.Println(t.CountPrefix("car"), t.CountPrefix("d"), t.CountPrefix("x"))
	fmt.Println(t.Complete("car"))
	fmt.Println(t.Complete("do"))
	fmt.Println(t.Complete("z") == nil)
	fmt.Println(t.Complete(""))
}
