package main

import (
	"fmt"
	"sort"
)

type Trie struct {
	children [26]*Trie
	word     string
	end      bool
}

func (t *Trie) Insert(w string) {
	n := t
	for i := 0; i < len(w); i++ {
		c := w[i] - 'a'
		if n.children[c] == nil {
			n.children[c] = &Trie{}
		}
		n = n.children[c]
	}
	n.end = true
	n.word = w
}

func (t *Trie) find(p string) *Trie {
	n := t
	for i := 0; i < len(p) && n != nil; i++ {
		n = n.children[p[i]-'a']
	}
	return n
}

func (t *Trie) Search(w string) bool     { n := t.find(w); return n != nil && n.end }
func (t *Trie) StartsWith(p string) bool { return t.find(p) != nil }

func (t *Trie) Collect(prefix string) []string {
	var out []string
	var walk func(n *Trie)
	walk = func(n *Trie) {
		if n == nil {
			return
		}
		if n.end {
			out = append(out, n.word)
		}
		for _, c := range n.children {
			walk(c)
		}
	}
	walk(t.find(prefix))
	return out
}

func findWords(board [][]byte, words []string) []string {
	root := &Trie{}
	for _, w := range words {
		root.Insert(w)
	}
	found := map[string]bool{}
	var dfs func(i, j int, n *Trie)
	dfs = func(i, j int, n *Trie) {
		if i < 0 || j < 0 || i >= len(board) || j >= len(board[0]) || board[i][j] == '#' {
			return
		}
		c := board[i][j]
		next := n.children[c-'a']
		if next == nil {
			return
		}
		if next.end {
			found[next.word] = true
		}
		board[i][j] = '#'
		dfs(i+1, j, next)
		dfs(i-1, j, next)
		dfs(i, j+1, next)
		dfs(i, j-1, next)
		board[i][j] = c
	}
	for i := range board {
		for j := range board[i] {
			dfs(i, j, root)
		}
	}
	out := make([]string, 0, len(found))
	for w := range found {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

func main() {
	t := &Trie{}
	for _, w := range []string{"apple", "app", "apply", "ape", "bat", "bath", "banana"} {
		t.Insert(w)
	}
	fmt.Println(t.Search("app"), t.Search("appl"), t.StartsWith("appl"), t.StartsWith("c"))
	fmt.Println(t.Collect("ap"), t.Collect("ba"), t.Collect("z"), len(t.Collect("")))
	board := [][]byte{
		[]byte("oaan"),
		[]byte("etae"),
		[]byte("ihkr"),
		[]byte("iflv"),
	}
	fmt.Println(findWords(board, []string{"oath", "pea", "eat", "rain", "hike", "oat"}))
	fmt.Println(string(board[0]))
}
