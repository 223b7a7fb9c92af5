package main

import (
	"fmt"
	"sort"
	"strings"
)

type Trie struct {
	children map[rune]*Trie
	end      bool
	count    int
}

func NewTrie() *Trie { return &Trie{children: make(map[rune]*Trie)} }

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

func (t *Trie) find(p string) *Trie {
	n := t
	for _, r := range p {
		n = n.children[r]
		if n == nil {
			return nil
		}
	}
	return n
}

func (t *Trie) Complete(prefix string, limit int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var dfs func(n *Trie, cur []rune) bool
	dfs = func(n *Trie, cur []rune) bool {
		if n.end {
			out = append(out, string(cur))
			if len(out) == limit {
				return false
			}
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			if !dfs(n.children[r], append(cur, r)) {
				return false
			}
		}
		return true
	}
	dfs(n, []rune(prefix))
	return out
}

func (t *Trie) CountPrefix(p string) int {
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func main() {
	t := NewTrie()
	text := "car card care careful cart carbon cat catalog dog dodge door 가방 가구 가나다"
	for _, w := range strings.Fields(text) {
		t.Insert(w)
	}
	fmt.Println(t.Complete("car", 10))
	fmt.Println(t.Complete("car", 3))
	fmt.Println(t.Complete("do", 0))
	fmt.Println(t.Complete("가", 5), t.Complete("x", 5) == nil)
	for _, p := range []string{"c", "ca", "car", "care", "d", "가", ""} {
		fmt.Printf("%q:%d ", p, t.CountPrefix(p))
	}
	fmt.Println()
}
