package main

import (
	"fmt"
	"sort"
	"strings"
)

type IntList []int

func (l IntList) Sum() (s int) {
	for _, v := range l {
		s += v
	}
	return
}

func (l *IntList) Push(v int)        { *l = append(*l, v) }
func (l IntList) Len() int           { return len(l) }
func (l IntList) Less(i, j int) bool { return l[i] > l[j] }
func (l IntList) Swap(i, j int)      { l[i], l[j] = l[j], l[i] }

type Set map[string]struct{}

func (s Set) Add(k string)      { s[k] = struct{}{} }
func (s Set) Has(k string) bool { _, ok := s[k]; return ok }
func (s Set) String() string {
	keys := make([]string, 0, len(s))
	for k := range s {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return "{" + strings.Join(keys, ",") + "}"
}

type Op func(int, int) int

func (o Op) Apply(a, b int) int { return o(a, b) }

func main() {
	var l IntList
	l.Push(3)
	l.Push(1)
	l.Push(2)
	fmt.Println(l, l.Sum())
	sort.Sort(l)
	fmt.Println(l)
	s := Set{}
	s.Add("b")
	s.Add("a")
	fmt.Println(s, s.Has("a"), s.Has("z"))
	var add Op = func(a, b int) int { return a + b }
	fmt.Println(add.Apply(2, 3), Op(func(a, b int) int { return a * b }).Apply(4, 5))
}
