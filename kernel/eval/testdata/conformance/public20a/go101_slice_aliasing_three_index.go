package main

import "fmt"

func main() {
	a := [6]int{0, 1, 2, 3, 4, 5}
	s := a[1:3]
	fmt.Println(s, len(s), cap(s))
	s = append(s, 99)
	fmt.Println(a, s)
	t := a[1:3:3]
	t = append(t, 77)
	fmt.Println(a, t, len(t), cap(t))
	u := s[:cap(s)]
	fmt.Println(u, len(u))
	u[0] = -1
	fmt.Println(a[1], s[0])
	// overlapping copy
	b := []int{1, 2, 3, 4, 5, 6, 7}
	n := copy(b[2:], b)
	fmt.Println(n, b)
	b = []int{1, 2, 3, 4, 5, 6, 7}
	n = copy(b, b[3:])
	fmt.Println(n, b)
	// copy string into bytes
	bs := make([]byte, 4)
	n = copy(bs, "héllo")
	fmt.Println(n, bs, string(bs))
	// append to self
	c := []int{1, 2, 3}
	c = append(c, c...)
	fmt.Println(c)
	c = append(c[:2], c[3:]...)
	fmt.Println(c, len(c), cap(c))
	// array value semantics
	arr := [3]int{1, 2, 3}
	arr2 := arr
	arr2[0] = 100
	fmt.Println(arr, arr2, arr == [3]int{1, 2, 3})
	pa := &arr
	for i, v := range pa {
		pa[2] = 30
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	for i, v := range arr {
		arr[2] = 300
		fmt.Print(i, v, " ")
	}
	fmt.Println(arr)
	sl := arr[:]
	for i, v := range sl {
		sl[2] = 3000
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	// slice of slice sharing growth
	x := make([]int, 3, 10)
	y := append(x, 1)
	z := append(x, 2)
	fmt.Println(y[3], z[3], &y[0] == &z[0])
	// full slice expr on string not allowed; on array pointer yes
	q := pa[0:1:2]
	fmt.Println(len(q), cap(q))
	// nil slice ops
	var ns []int
	fmt.Println(len(ns[0:0]), ns[:0] == nil, append(ns, ns...) == nil)
	ns2 := ns[:]
	fmt.Println(ns2 == nil)
	// conversion slice to array
	arr4 := [4]int(b[:4])
	arr4[0] = 999
	fmt.Println(arr4, b[:4])
	ap := (*[2]int)(b)
	ap[0] = 555
	fmt.Println(b[0])
	// clear
	clear(b[1:3])
	fmt.Println(b)
	m := map[string]int{"a": 1}
	clear(m)
	fmt.Println(len(m), m)
}
