package main

import (
	"fmt"
	"sort"
)

type Sequence []int

func (s Sequence) Len() int           { return len(s) }
func (s Sequence) Less(i, j int) bool { return s[i] < s[j] }
func (s Sequence) Swap(i, j int)      { s[i], s[j] = s[j], s[i] }

func (s Sequence) Copy() Sequence {
	c := make(Sequence, 0, len(s))
	return append(c, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.IntSlice(s).Sort()
	return fmt.Sprint([]int(s))
}

type Reversed struct{ Sequence }

func (r Reversed) Less(i, j int) bool { return r.Sequence.Less(j, i) }

func main() {
	s := Sequence{5, 2, 9, 1}
	fmt.Println(s)
	fmt.Println([]int(s))
	sort.Sort(Reversed{s})
	fmt.Println([]int(s))
	sort.Sort(sort.Reverse(s))
	fmt.Println([]int(s), sort.IsSorted(s))
	sort.Stable(s)
	fmt.Println([]int(s), sort.IsSorted(s))
	var x interface{} = s
	if str, ok := x.(fmt.Stringer); ok {
		fmt.Println("stringer:", str.String())
	}
	i := sort.Search(len(s), func(i int) bool { return s[i] >= 5 })
	fmt.Println(i, sort.SearchInts([]int(s), 9))
}
