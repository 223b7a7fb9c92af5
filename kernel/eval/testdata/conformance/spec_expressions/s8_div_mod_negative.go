package main

import "fmt"

func main() {
	pairs := [][2]int{{7, 3}, {-7, 3}, {7, -3}, {-7, -3}, {0, 5}, {-1, 2}}
	for _, p := range pairs {
		fmt.Print(p[0]/p[1], " ", p[0]%p[1], "; ")
	}
	fmt.Println()
	var a int8 = -128
	var b int8 = -1
	fmt.Println(a/b, a%b)
	fmt.Println(-7>>1, -7/2)
	x := 7.5
	y := -2.0
	fmt.Println(x/y, -x/y)
	var u uint = 7
	fmt.Println(u/2, u%4)
}
