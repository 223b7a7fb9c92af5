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
	copy := make(Sequence, 0, len(s))
	return append(copy, s...)
}

func (s Sequence) String() string {
	s = s.Copy()
	sort.Sort(s)
	str := "["
	for i, elem := range s {
		if i > 0 {
			str += " "
		}
		str += fmt.Sprint(elem)
	}
	return str + "]"
}

type Sequence2 []int

func (s Sequence2) String() string {
	s2 := append(Sequence2(nil), s...)
	sort.IntSlice(s2).Sort()
	return fmt.Sprint([]int(s2))
}

func main() {
	s := Sequence{5, 2, 9, 1}
	fmt.Println(s)
	fmt.Println([]int(s))
	fmt.Println(Sequence2{3, 1, 2})
	var st fmt.Stringer = s
	fmt.Println(st.String())
}
