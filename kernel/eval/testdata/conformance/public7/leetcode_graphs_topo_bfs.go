package main

import (
	"fmt"
	"sort"
)

func findOrder(n int, prereq [][2]int) []int {
	indeg := make([]int, n)
	adj := make([][]int, n)
	for _, p := range prereq {
		adj[p[1]] = append(adj[p[1]], p[0])
		indeg[p[0]]++
	}
	var q, order []int
	for i, d := range indeg {
		if d == 0 {
			q = append(q, i)
		}
	}
	for len(q) > 0 {
		c := q[0]
		q = q[1:]
		order = append(order, c)
		for _, nx := range adj[c] {
			if indeg[nx]--; indeg[nx] == 0 {
				q = append(q, nx)
			}
		}
	}
	if len(order) != n {
		return []int{}
	}
	return order
}

func ladderLength(begin, end string, words []string) int {
	dict := map[string]bool{}
	for _, w := range words {
		dict[w] = true
	}
	if !dict[end] {
		return 0
	}
	type item struct {
		w string
		d int
	}
	q := []item{{begin, 1}}
	seen := map[string]bool{begin: true}
	for len(q) > 0 {
		it := q[0]
		q = q[1:]
		b := []byte(it.w)
		for i := range b {
			orig := b[i]
			for c := byte('a'); c <= 'z'; c++ {
				b[i] = c
				s := string(b)
				if s == end {
					return it.d + 1
				}
				if dict[s] && !seen[s] {
					seen[s] = true
					q = append(q, item{s, it.d + 1})
				}
			}
			b[i] = orig
		}
	}
	return 0
}

type Node struct {
	Val       int
	Neighbors []*Node
}

func cloneGraph(n *Node) *Node {
	copies := map[*Node]*Node{}
	var clone func(*Node) *Node
	clone = func(n *Node) *Node {
		if n == nil {
			return nil
		}
		if c, ok := copies[n]; ok {
			return c
		}
		c := &Node{Val: n.Val}
		copies[n] = c
		for _, nb := range n.Neighbors {
			c.Neighbors = append(c.Neighbors, clone(nb))
		}
		return c
	}
	return clone(n)
}

func networkDelay(times [][3]int, n, k int) int {
	const inf = 1 << 30
	dist := make([]int, n+1)
	for i := range dist {
		dist[i] = inf
	}
	dist[k] = 0
	for i := 0; i < n-1; i++ {
		for _, t := range times {
			if dist[t[0]] != inf && dist[t[0]]+t[2] < dist[t[1]] {
				dist[t[1]] = dist[t[0]] + t[2]
			}
		}
	}
	best := 0
	for _, d := range dist[1:] {
		if d == inf {
			return -1
		}
		best = max(best, d)
	}
	return best
}

func main() {
	fmt.Println(findOrder(4, [][2]int{{1, 0}, {2, 0}, {3, 1}, {3, 2}}), findOrder(2, [][2]int{{1, 0}, {0, 1}}))
	fmt.Println(ladderLength("hit", "cog", []string{"hot", "dot", "dog", "lot", "log", "cog"}), ladderLength("hit", "cog", []string{"hot", "dot", "dog", "lot", "log"}))
	a, b, c, d := &Node{Val: 1}, &Node{Val: 2}, &Node{Val: 3}, &Node{Val: 4}
	a.Neighbors = []*Node{b, d}
	b.Neighbors = []*Node{a, c}
	c.Neighbors = []*Node{b, d}
	d.Neighbors = []*Node{a, c}
	cl := cloneGraph(a)
	var vals []int
	seen := map[*Node]bool{}
	var walk func(*Node)
	walk = func(n *Node) {
		if seen[n] {
			return
		}
		seen[n] = true
		vals = append(vals, n.Val)
		for _, nb := range n.Neighbors {
			walk(nb)
		}
	}
	walk(cl)
	sort.Ints(vals)
	fmt.Println(vals, cl != a, cl.Neighbors[0] != b, cl.Neighbors[0].Neighbors[0] == cl)
	fmt.Println(networkDelay([][3]int{{2, 1, 1}, {2, 3, 1}, {3, 4, 1}}, 4, 2), networkDelay([][3]int{{1, 2, 1}}, 2, 2))
}
