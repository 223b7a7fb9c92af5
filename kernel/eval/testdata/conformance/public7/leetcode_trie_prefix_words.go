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
	n.end, n.word = true, w
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
func (t *Trie) Suggest(p string, k int) []string {
	var out []string
	var dfs func(*Trie)
	dfs = func(n *Trie) {
		if n == nil || len(out) >= k {
			return
		}
		if n.end {
			out = append(out, n.word)
		}
		for _, c := range n.children {
			dfs(c)
		}
	}
	dfs(t.find(p))
	return out
}

func findWords(board [][]byte, words []string) []string {
	root := &Trie{}
	for _, w := range words {
		root.Insert(w)
	}
	var found []string
	var dfs func(r, c int, n *Trie)
	dfs = func(r, c int, n *Trie) {
		if r < 0 || c < 0 || r >= len(board) || c >= len(board[0]) || board[r][c] == '#' {
			return
		}
		ch := board[r][c]
		next := n.children[ch-'a']
		if next == nil {
			return
		}
		if next.end {
			found = append(found, next.word)
			next.end = false
		}
		board[r][c] = '#'
		dfs(r+1, c, next)
		dfs(r-1, c, next)
		dfs(r, c+1, next)
		dfs(r, c-1, next)
		board[r][c] = ch
	}
	for r := range board {
		for c := range board[r] {
			dfs(r, c, root)
		}
	}
	sort.Strings(found)
	return found
}

func main() {
	t := &Trie{}
	for _, w := range []string{"apple", "app", "application", "apt", "banana", "band", "bandana", "can"} {
		t.Insert(w)
	}
	fmt.Println(t.Search("app"), t.Search("appl"), t.StartsWith("appl"), t.StartsWith("x"))
	fmt.Println(t.Suggest("ap", 3), t.Suggest("ban", 10), t.Suggest("z", 3) == nil)
	board := [][]byte{
		[]byte("oaan"),
		[]byte("etae"),
		[]byte("ihkr"),
		[]byte("iflv"),
	}
	fmt.Println(findWords(board, []string{"oath", "pea", "eat", "rain", "hike", "oat"}))
	fmt.Println(string(board[0]))
}
