package main

import "fmt"

func main() {
	var a [5]int
	b := [...]string{2: "c", 0: "a"}
	c := [2][3]int{{1, 2, 3}, {4, 5, 6}}
	a[2] = 7
	d := a
	d[0] = 1
	fmt.Println(a, d, len(b), b, c, len(c[1]))
	fmt.Println(a == [5]int{0, 0, 7, 0, 0}, a != d)
	p := &a
	p[4] = 9
	fmt.Println(a[4], len(p))
	for i, v := range p {
		if v != 0 {
			fmt.Print(i, ":", v, " ")
		}
	}
	fmt.Println()
}
