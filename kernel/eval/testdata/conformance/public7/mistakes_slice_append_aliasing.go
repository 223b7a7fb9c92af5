package main

import "fmt"

func addSuffix(base []string, s string) []string {
	return append(base, s)
}

func safeAdd(base []string, s string) []string {
	out := make([]string, len(base), len(base)+1)
	copy(out, base)
	return append(out, s)
}

func main() {
	base := make([]string, 2, 4)
	base[0], base[1] = "a", "b"
	x := addSuffix(base, "x")
	y := addSuffix(base, "y")
	fmt.Println(x, y, len(base), cap(base)) // x sees y's write

	x2 := safeAdd(base, "x")
	y2 := safeAdd(base, "y")
	fmt.Println(x2, y2)

	// full slice expression limits capacity
	lim := base[:2:2]
	z := append(lim, "z")
	z[0] = "Z"
	fmt.Println(base[:3], z, cap(lim))

	// growth: capacity after appends past a given capacity
	s := make([]int, 0, 5)
	caps := []int{}
	last := -1
	for i := 0; i < 20; i++ {
		s = append(s, i)
		if cap(s) != last {
			caps = append(caps, cap(s))
			last = cap(s)
		}
	}
	fmt.Println(caps)

	// subslice shares the array
	arr := [5]int{1, 2, 3, 4, 5}
	sub := arr[1:3]
	sub = append(sub, 99)
	fmt.Println(arr, sub, len(sub), cap(sub))
	sub = append(sub, 100, 101)
	sub[0] = -1
	fmt.Println(arr, sub)

	// nil vs empty
	var nilS []int
	empty := []int{}
	fmt.Println(nilS == nil, empty == nil, len(nilS), fmt.Sprintf("%v %v %#v %#v", nilS, empty, nilS, empty))
}
