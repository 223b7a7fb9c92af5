package main

import "fmt"

func main() {
	base := make([]int, 3, 10)
	a := append(base, 1)
	b := append(base, 2) // shares base's array with a
	fmt.Println(a[3], b[3])

	// A full slice expression limits the capacity, so append copies.
	c := append(base[:3:3], 1)
	d := append(base[:3:3], 2)
	fmt.Println(c[3], d[3], len(c), cap(base[:3:3]))

	s := []int{0, 1, 2, 3, 4, 5, 6, 7}
	t := s[2:4:6]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s)
	t = append(t, 200)
	fmt.Println(s)
	t = append(t, 300) // beyond cap: new array
	t[0] = -1
	fmt.Println(s, t)

	u := s[:0]
	for _, v := range s {
		if v%2 == 0 {
			u = append(u, v)
		}
	}
	fmt.Println(u, s)
}
