package main

import (
	"fmt"
	"slices"
)

func main() {
	s := []int{1, 2, 3, 4, 5}
	t := slices.Delete(s, 1, 3)
	fmt.Println(t, s)
	u := []string{"a", "b", "c"}
	v := slices.Compact(append(u[:2:2], "b"))
	fmt.Println(v, len(v))
	w := slices.DeleteFunc([]int{1, 2, 3, 4}, func(x int) bool { return x%2 == 0 })
	fmt.Println(w, cap(w))
}
