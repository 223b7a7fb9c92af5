package main

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

type Student struct {
	Name  string
	Grade int
	Score float64
}

type byGradeThenScore []Student

func (s byGradeThenScore) Len() int      { return len(s) }
func (s byGradeThenScore) Swap(i, j int) { s[i], s[j] = s[j], s[i] }
func (s byGradeThenScore) Less(i, j int) bool {
	if s[i].Grade != s[j].Grade {
		return s[i].Grade < s[j].Grade
	}
	return s[i].Score > s[j].Score
}

func main() {
	students := []Student{
		{"Ann", 10, 88.5}, {"Bob", 11, 92}, {"Cid", 10, 95}, {"Dee", 12, 70},
		{"Eve", 11, 92}, {"Fay", 10, 88.5}, {"Gus", 12, 99.5},
	}
	s1 := slices.Clone(students)
	sort.Stable(byGradeThenScore(s1))
	for _, s := range s1 {
		fmt.Printf("%d %-4s %.1f\n", s.Grade, s.Name, s.Score)
	}
	s2 := slices.Clone(students)
	slices.SortStableFunc(s2, func(a, b Student) int {
		return cmp.Compare(b.Score, a.Score)
	})
	var names []string
	for _, s := range s2 {
		names = append(names, s.Name)
	}
	fmt.Println(strings.Join(names, " "))
	idx, found := slices.BinarySearchFunc(s1, 11, func(s Student, g int) int { return cmp.Compare(s.Grade, g) })
	fmt.Println(idx, found, s1[idx].Name)
	words := strings.Fields("banana Apple cherry apple Banana date")
	sort.Slice(words, func(i, j int) bool {
		li, lj := strings.ToLower(words[i]), strings.ToLower(words[j])
		if li != lj {
			return li < lj
		}
		return words[i] < words[j]
	})
	fmt.Println(words)
	byLen := slices.Clone(words)
	slices.SortStableFunc(byLen, func(a, b string) int { return len(a) - len(b) })
	fmt.Println(byLen)
	fmt.Println(sort.SliceIsSorted(words, func(i, j int) bool { return words[i] < words[j] }))
	grades := map[int][]string{}
	for _, s := range students {
		grades[s.Grade] = append(grades[s.Grade], s.Name)
	}
	keys := make([]int, 0)
	for k := range grades {
		keys = append(keys, k)
	}
	sort.Sort(sort.Reverse(sort.IntSlice(keys)))
	for _, k := range keys {
		fmt.Println(k, grades[k])
	}
}
