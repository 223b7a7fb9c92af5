package main

import "fmt"

func main() {
	for _, p := range [][2]int{{7, 2}, {-7, 2}, {7, -2}, {-7, -2}} {
		fmt.Println(p[0]/p[1], p[0]%p[1])
	}
	fmt.Println(7.0/2, -7.0/2)
	var a, b float64 = 1, 0
	fmt.Println(a/b, -a/b, b/b == b/b)
	var x int8 = -128
	var y int8 = -1
	fmt.Println(x/y, x%y)
	fmt.Println(uint(7)/2, uint8(255)%10)
}
