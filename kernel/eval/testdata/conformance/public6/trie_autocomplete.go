package main

import (
	"fmt"
	"sort"
	"strings"
)

type node struct {
	children map[rune]*node
	terminal bool
	count    int
}

func newNode() *node { return &node{children: map[rune]*node{}} }

type Trie struct {
	root  *node
	words int
}

func NewTrie(words ...string) *Trie {
	t := &Trie{root: newNode()}
	for _, w := range words {
		t.Insert(w)
	}
	return t
}

func (t *Trie) Insert(w string) {
	n := t.root
	for _, r := range w {
		c, ok := n.children[r]
		if !ok {
			c = newNode()
			n.children[r] = c
		}
		c.count++
		n = c
	}
	if !n.terminal {
		t.words++
	}
	n.terminal = true
}

func (t *Trie) find(prefix string) *node {
	n := t.root
	for _, r := range prefix {
		var ok bool
		if n, ok = n.children[r]; !ok {
			return nil
		}
	}
	return n
}

func (t *Trie) Contains(w string) bool { n := t.find(w); return n != nil && n.terminal }

func (t *Trie) Complete(prefix string, limit int) []string {
	n := t.find(prefix)
	if n == nil {
		return nil
	}
	var out []string
	var walk func(n *node, buf []rune)
	walk = func(n *node, buf []rune) {
		if len(out) >= limit {
			return
		}
		if n.terminal {
			out = append(out, string(buf))
		}
		keys := make([]rune, 0, len(n.children))
		for r := range n.children {
			keys = append(keys, r)
		}
		sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
		for _, r := range keys {
			walk(n.children[r], append(buf, r))
		}
	}
	walk(n, []rune(prefix))
	return out
}

func (t *Trie) CountPrefix(p string) int {
	if p == "" {
		return t.words
	}
	if n := t.find(p); n != nil {
		return n.count
	}
	return 0
}

func (t *Trie) LongestCommonPrefix() string {
	var sb strings.Builder
	n := t.root
	for len(n.children) == 1 && !n.terminal {
		for r, c := range n.children {
			sb.WriteRune(r)
			n = c
		}
	}
	return sb.String()
}

func main() {
	t := NewTrie(strings.Fields("go gopher golang good goose gone gopher grep grape 고래 고양이 고")...)
	fmt.Println("words:", t.words)
	for _, p := range []string{"go", "gop", "gr", "x", "고", ""} {
		fmt.Printf("%q: %v (count %d)\n", p, t.Complete(p, 4), t.CountPrefix(p))
	}
	for _, w := range []string{"go", "gopher", "goph", "고양이"} {
		fmt.Println(w, t.Contains(w))
	}
	fmt.Printf("lcp=%q\n", NewTrie("interview", "internet", "interval", "internal").LongestCommonPrefix())
	fmt.Printf("lcp=%q\n", NewTrie("flower", "flow", "flight").LongestCommonPrefix())
}
