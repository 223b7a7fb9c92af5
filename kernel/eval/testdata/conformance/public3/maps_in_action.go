package main

import (
	"fmt"
	"sort"
)

type Key struct {
	Path, Country string
}

type Node struct {
	Next  *Node
	Value interface{}
}

type Person struct {
	Name  string
	Likes []string
}

func main() {
	m := make(map[string]int)
	m["route"] = 66
	i := m["route"]
	j := m["root"]
	fmt.Println(i, j)
	n := len(m)
	delete(m, "route")
	i, ok := m["route"]
	fmt.Println(n, i, ok)
	commits := map[string]int{
		"rsc": 3711,
		"r":   2138,
		"gri": 1908,
		"adg": 912,
	}
	var keys []string
	for k := range commits {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println("Key:", k, "Value:", commits[k])
	}
	var first *Node
	visited := make(map[*Node]bool)
	for i := 3; i > 0; i-- {
		first = &Node{Next: first, Value: i}
	}
	first.Next.Next.Next = first
	for n := first; n != nil; n = n.Next {
		if visited[n] {
			fmt.Println("cycle detected")
			break
		}
		visited[n] = true
		fmt.Println(n.Value)
	}
	people := []*Person{{"Ann", []string{"cheese", "bacon"}}, {"Bob", []string{"bacon"}}, {"Cy", nil}}
	likes := make(map[string][]*Person)
	for _, p := range people {
		for _, l := range p.Likes {
			likes[l] = append(likes[l], p)
		}
	}
	for _, p := range likes["cheese"] {
		fmt.Println(p.Name, "likes cheese.")
	}
	fmt.Println(len(likes["bacon"]), "people like bacon.")
	hits := make(map[string]map[string]int)
	add := func(m map[string]map[string]int, path, country string) {
		mm, ok := m[path]
		if !ok {
			mm = make(map[string]int)
			m[path] = mm
		}
		mm[country]++
	}
	add(hits, "/doc/", "au")
	add(hits, "/doc/", "au")
	fmt.Println(hits["/doc/"]["au"], hits["/x/"]["cn"])
	hits2 := make(map[Key]int)
	hits2[Key{"/", "vn"}]++
	hits2[Key{"/", "vn"}]++
	hits2[Key{"/ref/spec", "ch"}]++
	fmt.Println(hits2[Key{"/", "vn"}], len(hits2), hits2)
	var nm map[string]int
	fmt.Println(nm["x"], len(nm), nm == nil)
}
