package main

import "fmt"

func pair() (int, string) { return 7, "seven" }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	x := []int{1, 2, 3}
	i := 0
	i, x[i] = 1, 9
	fmt.Println(i, x)
	n, s := pair()
	var m int
	m, s = pair()
	fmt.Println(n, s, m)
	_, s2 := pair()
	fmt.Println(s2)
	var arr [3]int
	arr[0], arr[1], arr[2] = 3, 2, 1
	fmt.Println(arr)
}
