package main

import (
	"fmt"
	"sort"
)

type people []string

func (p people) Len() int           { return len(p) }
func (p people) Less(i, j int) bool { return p[i] < p[j] }
func (p people) Swap(i, j int)      { p[i], p[j] = p[j], p[i] }
func (p people) First() string      { return p[0] }

func main() {
	p := people{"carol", "alice", "bob"}
	var si sort.Interface = p
	sort.Sort(sort.Reverse(si))
	fmt.Println(p)
	if f, ok := si.(interface{ First() string }); ok {
		fmt.Println("first:", f.First())
	}
	back := si.(people)
	fmt.Println(back, sort.IsSorted(si))
}
