package main

import (
	"fmt"
	"sort"
)

type Grade byte

type Student struct {
	Name  string
	Grade Grade
	Score float64
}

type Roster []*Student

func (r Roster) String() string {
	s := ""
	for _, st := range r {
		s += fmt.Sprintf("%s(%c,%.0f) ", st.Name, st.Grade, st.Score)
	}
	return s
}

func main() {
	r := Roster{
		{"ann", 'B', 81}, {"bob", 'A', 95}, {"cy", 'B', 88}, {"di", 'C', 70}, {"ed", 'A', 91}, {"fay", 'B', 81},
	}
	sort.SliceStable(r, func(i, j int) bool { return r[i].Score > r[j].Score })
	fmt.Println(r)
	sort.SliceStable(r, func(i, j int) bool { return r[i].Grade < r[j].Grade })
	fmt.Println(r)
	fmt.Println(sort.SliceIsSorted(r, func(i, j int) bool { return r[i].Grade < r[j].Grade }))
	byGrade := map[Grade]Roster{}
	for _, s := range r {
		byGrade[s.Grade] = append(byGrade[s.Grade], s)
	}
	gs := make([]Grade, 0, len(byGrade))
	for g := range byGrade {
		gs = append(gs, g)
	}
	sort.Slice(gs, func(i, j int) bool { return gs[i] < gs[j] })
	for _, g := range gs {
		fmt.Printf("%c: %v\n", g, byGrade[g])
	}
	idx := sort.Search(len(r), func(i int) bool { return r[i].Grade >= 'B' })
	fmt.Println(idx, r[idx].Name)
	arr := [5]int{4, 1, 3, 5, 2}
	sort.Ints(arr[1:4])
	fmt.Println(arr)
}
