package main

import (
	"fmt"
	"sort"
)

type Sequence []int

func (s Sequence) Len() int {
	return len(s)
}
func (s Sequence) Less(i, j int) bool {
	return s[i] < s[j]
}
func (s Sequence) Swap(i, j int) {
	s[i], s[j] = s[j], s[i]
}

func (s Sequence) Copy() Sequence {
	copy := make(Sequence, 0, len(s))
	return append(copy, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	return fmt.Sprint([]int(s))
}

type Stringer interface{ String() string }

func main() {
	s := Sequence{5, 2, 8, 1}
	fmt.Println(s)
	fmt.Println([]int(s))
	var st Stringer = s
	fmt.Println(st.String())
	sort.Sort(sort.Reverse(s))
	fmt.Println([]int(s), sort.IsSorted(s))
	sort.IntSlice(s).Sort()
	fmt.Println([]int(s))
}
