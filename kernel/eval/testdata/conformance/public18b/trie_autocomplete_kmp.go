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
		if n = n.children[r]; n == nil {
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
	var walk func(*Trie, []rune)
	walk = func(n *Trie, acc []rune) {
		if len(out) >= limit {
			return
		}
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

func kmpTable(p string) []int {
	t := make([]int, len(p))
	k := 0
	for i := 1; i < len(p); i++ {
		for k > 0 && p[i] != p[k] {
			k = t[k-1]
		}
		if p[i] == p[k] {
			k++
		}
		t[i] = k
	}
	return t
}

func kmpSearch(s, p string) []int {
	if p == "" {
		return nil
	}
	t := kmpTable(p)
	var res []int
	k := 0
	for i := 0; i < len(s); i++ {
		for k > 0 && s[i] != p[k] {
			k = t[k-1]
		}
		if s[i] == p[k] {
			k++
		}
		if k == len(p) {
			res = append(res, i-k+1)
			k = t[k-1]
		}
	}
	return res
}

func main() {
	t := NewTrie()
	for _, w := range strings.Fields("car card care careful cart cat dog dot do über überall") {
		t.Insert(w)
	}
	fmt.Println(t.Complete("car", 10))
	fmt.Println(t.Complete("ca", 3))
	fmt.Println(t.Complete("d", 10), t.Complete("x", 5) == nil, t.Complete("üb", 5))
	fmt.Println(t.find("car").count, t.find("do").end, t.find("ca").end)
	fmt.Println(kmpTable("abacabab"), kmpSearch("abababcabababab", "abab"), kmpSearch("aaaa", "aa"), kmpSearch("abc", "d"))
	for _, p := range []string{"abab", "aa", "c"} {
		naive := []int{}
		s := "abababcabababab"
		for i := 0; i+len(p) <= len(s); i++ {
			if s[i:i+len(p)] == p {
				naive = append(naive, i)
			}
		}
		fmt.Println(p, fmt.Sprint(naive) == fmt.Sprint(kmpSearch(s, p)))
	}
}
