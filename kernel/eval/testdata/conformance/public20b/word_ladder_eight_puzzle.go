package main

import (
	"fmt"
	"strings"
)

func ladder(from, to string, words []string) []string {
	dict := map[string]bool{}
	for _, w := range words {
		dict[w] = true
	}
	prev := map[string]string{from: ""}
	q := []string{from}
	for len(q) > 0 {
		w := q[0]
		q = q[1:]
		if w == to {
			var path []string
			for c := to; c != ""; c = prev[c] {
				path = append([]string{c}, path...)
			}
			return path
		}
		b := []byte(w)
		for i := range b {
			orig := b[i]
			for c := byte('a'); c <= 'z'; c++ {
				if c == orig {
					continue
				}
				b[i] = c
				n := string(b)
				if _, seen := prev[n]; dict[n] && !seen {
					prev[n] = w
					q = append(q, n)
				}
			}
			b[i] = orig
		}
	}
	return nil
}

type Board [9]byte

func (b Board) String() string {
	var sb strings.Builder
	for i, c := range b {
		if c == 0 {
			sb.WriteByte('_')
		} else {
			sb.WriteByte('0' + c)
		}
		if i%3 == 2 && i < 8 {
			sb.WriteByte('/')
		}
	}
	return sb.String()
}

func (b Board) blank() int {
	for i, c := range b {
		if c == 0 {
			return i
		}
	}
	return -1
}

func solve(start, goal Board) []Board {
	prev := map[Board]Board{}
	seen := map[Board]bool{start: true}
	q := []Board{start}
	moves := []int{-3, 3, -1, 1}
	for len(q) > 0 {
		cur := q[0]
		q = q[1:]
		if cur == goal {
			path := []Board{cur}
			for cur != start {
				cur = prev[cur]
				path = append([]Board{cur}, path...)
			}
			return path
		}
		z := cur.blank()
		for _, m := range moves {
			n := z + m
			if n < 0 || n > 8 || (m == -1 && z%3 == 0) || (m == 1 && z%3 == 2) {
				continue
			}
			next := cur
			next[z], next[n] = next[n], next[z]
			if !seen[next] {
				seen[next] = true
				prev[next] = cur
				q = append(q, next)
			}
		}
	}
	return nil
}

func solvable(b Board) bool {
	inv := 0
	for i := 0; i < 9; i++ {
		for j := i + 1; j < 9; j++ {
			if b[i] != 0 && b[j] != 0 && b[i] > b[j] {
				inv++
			}
		}
	}
	return inv%2 == 0
}

func main() {
	words := strings.Fields("hot dot dog lot log cog hit cot cat cab")
	fmt.Println(ladder("hit", "cog", words))
	fmt.Println(ladder("cat", "dog", words))
	fmt.Println(ladder("hit", "xyz", words) == nil)
	goal := Board{1, 2, 3, 4, 5, 6, 7, 8, 0}
	start := Board{1, 2, 3, 0, 4, 6, 7, 5, 8}
	path := solve(start, goal)
	fmt.Println(len(path)-1, path)
	hard := Board{0, 1, 3, 4, 2, 5, 7, 8, 6}
	fmt.Println(solvable(hard), solvable(Board{1, 2, 3, 4, 5, 6, 8, 7, 0}))
	p := solve(hard, goal)
	fmt.Println(len(p)-1, p[0], p[len(p)-1])
}
