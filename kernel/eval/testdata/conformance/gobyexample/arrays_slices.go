package main

import (
	"fmt"
	"slices"
)

func main() {
	var a [5]int
	fmt.Println("emp:", a)
	a[4] = 100
	fmt.Println("set:", a, "get:", a[4], "len:", len(a))
	b := [...]int{1, 2, 3, 4, 5}
	fmt.Println(b)
	c := [...]int{100, 3: 400, 500}
	fmt.Println(c, len(c))
	var twoD [2][3]int
	for i := 0; i < 2; i++ {
		for j := 0; j < 3; j++ {
			twoD[i][j] = i + j
		}
	}
	fmt.Println("2d:", twoD)

	var s []string
	fmt.Println("uninit:", s, s == nil, len(s) == 0)
	s = make([]string, 3)
	fmt.Println("emp:", s, "len:", len(s), "cap:", cap(s))
	s[0], s[1], s[2] = "a", "b", "c"
	s = append(s, "d")
	s = append(s, "e", "f")
	fmt.Println("apd:", s)
	cp := make([]string, len(s))
	copy(cp, s)
	fmt.Println("cpy:", cp)
	fmt.Println("sl1:", s[2:5], "sl2:", s[:5], "sl3:", s[2:])
	t := []string{"g", "h", "i"}
	t2 := []string{"g", "h", "i"}
	if slices.Equal(t, t2) {
		fmt.Println("t == t2")
	}
	tri := make([][]int, 3)
	for i := 0; i < 3; i++ {
		tri[i] = make([]int, i+1)
		for j := range tri[i] {
			tri[i][j] = i + j
		}
	}
	fmt.Println("2d:", tri)
}
