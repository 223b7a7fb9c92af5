package main

import "fmt"

func addOne(s []int) {
	s = append(s, 1) // may or may not reallocate: the caller never sees the new element
	s[0] = 99        // the caller sees this only if no reallocation happened
}

func main() {
	a := make([]int, 1, 1) // full: append reallocates
	addOne(a)
	fmt.Println(a)
	b := make([]int, 1, 5) // room: append writes into b's array
	addOne(b)
	fmt.Println(b, b[:2])

	// Sub-slices keep the whole array: slicing to len 0 and appending
	// overwrites the original.
	orig := []int{1, 2, 3, 4}
	head := orig[:1]
	head = append(head, 20)
	fmt.Println(orig, head)

	// copy is bounded by the shorter length.
	dst := make([]int, 2)
	n := copy(dst, orig)
	fmt.Println(n, dst)
	n = copy(orig[1:], orig) // overlapping: memmove semantics
	fmt.Println(n, orig)

	var nilSlice []int
	nilSlice = append(nilSlice, nilSlice...)
	fmt.Println(nilSlice == nil, len(nilSlice))
	empty := []int{}
	fmt.Println(empty == nil, len(append(empty, nilSlice...)))
	s := []int{1, 2, 3}
	s = append(s[:1], s[2:]...) // delete index 1
	fmt.Println(s, len(s))
	s2 := []int{1, 2, 3, 4, 5}
	s2 = append(s2[:2], append([]int{100}, s2[2:]...)...) // insert
	fmt.Println(s2)
}
