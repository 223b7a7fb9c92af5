package main

import (
	"fmt"
	"slices"
	"strings"
)

type UF[T comparable] struct {
	parent map[T]T
	size   map[T]int
}

func NewUF[T comparable]() *UF[T] { return &UF[T]{map[T]T{}, map[T]int{}} }

func (u *UF[T]) Find(x T) T {
	if _, ok := u.parent[x]; !ok {
		u.parent[x] = x
		u.size[x] = 1
	}
	root := x
	for u.parent[root] != root {
		root = u.parent[root]
	}
	for x != root {
		next := u.parent[x]
		u.parent[x] = root
		x = next
	}
	return root
}

func (u *UF[T]) Union(a, b T) {
	ra, rb := u.Find(a), u.Find(b)
	if ra == rb {
		return
	}
	if u.size[ra] < u.size[rb] {
		ra, rb = rb, ra
	}
	u.parent[rb] = ra
	u.size[ra] += u.size[rb]
}

func (u *UF[T]) Groups(less func(a, b T) int) [][]T {
	m := map[T][]T{}
	for x := range u.parent {
		r := u.Find(x)
		m[r] = append(m[r], x)
	}
	var out [][]T
	for _, g := range m {
		slices.SortFunc(g, less)
		out = append(out, g)
	}
	slices.SortFunc(out, func(a, b []T) int { return less(a[0], b[0]) })
	return out
}

type Account struct {
	Name   string
	Emails []string
}

func mergeAccounts(accts []Account) []string {
	uf := NewUF[string]()
	owner := map[string]string{}
	for _, a := range accts {
		for _, e := range a.Emails {
			owner[e] = a.Name
			uf.Union(a.Emails[0], e)
		}
	}
	var out []string
	for _, g := range uf.Groups(strings.Compare) {
		out = append(out, owner[g[0]]+": "+strings.Join(g, ","))
	}
	return out
}

func main() {
	accts := []Account{
		{"John", []string{"johnsmith@mail.com", "john_newyork@mail.com"}},
		{"John", []string{"johnsmith@mail.com", "john00@mail.com"}},
		{"Mary", []string{"mary@mail.com"}},
		{"John", []string{"johnnybravo@mail.com"}},
	}
	for _, l := range mergeAccounts(accts) {
		fmt.Println(l)
	}
	type pt struct{ x, y int }
	u := NewUF[pt]()
	stones := []pt{{0, 0}, {0, 1}, {1, 0}, {1, 2}, {2, 1}, {2, 2}, {5, 5}}
	for i := range stones {
		for j := i + 1; j < len(stones); j++ {
			if stones[i].x == stones[j].x || stones[i].y == stones[j].y {
				u.Union(stones[i], stones[j])
			}
		}
		u.Find(stones[i])
	}
	groups := u.Groups(func(a, b pt) int {
		if a.x != b.x {
			return a.x - b.x
		}
		return a.y - b.y
	})
	fmt.Println(len(groups), groups, len(stones)-len(groups))
}
