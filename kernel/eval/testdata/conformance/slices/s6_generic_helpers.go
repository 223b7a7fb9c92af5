package main

import (
	"fmt"
	"slices"
)

type Celsius float64

type Stack[T any] struct{ items []T }

func (s *Stack[T]) Push(v T) { s.items = append(s.items, v) }
func (s *Stack[T]) Pop() (T, bool) {
	var zero T
	if len(s.items) == 0 {
		return zero, false
	}
	v := s.items[len(s.items)-1]
	s.items = s.items[:len(s.items)-1]
	return v, true
}

func main() {
	temps := []Celsius{21.5, 19, 25.25, 19}
	s := slices.Clone(temps)
	slices.Sort(s)
	fmt.Println(s, slices.Compact(s), temps)
	fmt.Println(slices.Index(temps, 19), slices.Contains(temps, 30), slices.Max(temps), slices.Min(temps))
	r := slices.Clone(temps)
	slices.Reverse(r)
	fmt.Println(r)
	ins := slices.Insert([]int{1, 2, 5}, 2, 3, 4)
	fmt.Println(ins, slices.Delete(slices.Clone(ins), 1, 3), slices.Replace(slices.Clone(ins), 0, 2, 9))
	fmt.Println(slices.Equal([]string{"a"}, []string{"a"}), slices.Compare([]int{1, 2}, []int{1, 3}))
	var st Stack[string]
	st.Push("a")
	st.Push("b")
	v, ok := st.Pop()
	fmt.Println(v, ok, len(st.items))
	for c := range slices.Chunk([]int{1, 2, 3, 4, 5}, 2) {
		fmt.Print(c, " ")
	}
	fmt.Println()
	fmt.Println(slices.Sorted(slices.Values([]int{3, 1, 2})), slices.Collect(slices.Values(temps)))
	fmt.Println(slices.Repeat([]int{1, 2}, 2), slices.Concat([]int{1}, nil, []int{2, 3}))
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11, slices.Clip(g))
	for i, v := range slices.Backward([]string{"x", "y"}) {
		fmt.Print(i, v)
	}
	fmt.Println()
}
