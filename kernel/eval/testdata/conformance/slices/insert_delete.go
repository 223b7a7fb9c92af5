package main

import (
	"fmt"
	"slices"
)

func main() {
	names := []string{"Alice", "Bob", "Vera"}
	names = slices.Insert(names, 1, "Bill", "Billie")
	names = slices.Insert(names, len(names), "Zac")
	fmt.Println(names)
	letters := []string{"a", "b", "c", "d", "e"}
	letters = slices.Delete(letters, 1, 4)
	fmt.Println(letters)
	seq := []int{0, 1, 1, 2, 3, 5, 8}
	seq = slices.DeleteFunc(seq, func(n int) bool { return n%2 != 0 })
	fmt.Println(seq)
	r := slices.Replace([]int{1, 2, 3, 4}, 1, 3, 9, 9, 9)
	fmt.Println(r)
	c := slices.Clone(r)
	c[0] = -1
	fmt.Println(r[0], c[0], slices.Equal(r, c))
	rev := []int{1, 2, 3}
	slices.Reverse(rev)
	fmt.Println(rev)
	g := slices.Grow([]int{1}, 10)
	fmt.Println(len(g), cap(g) >= 11)
	fmt.Println(slices.Concat([]int{1}, []int{2, 3}, nil, []int{4}))
	fmt.Println(slices.Compare([]int{1, 2}, []int{1, 3}), slices.EqualFunc([]int{1}, []string{"1"}, func(a int, b string) bool { return fmt.Sprint(a) == b }))
	cl := slices.Clip(make([]int, 2, 10))
	fmt.Println(len(cl), cap(cl))
}
