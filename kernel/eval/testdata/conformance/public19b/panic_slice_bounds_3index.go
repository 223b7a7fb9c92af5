package main

import "fmt"

func window(s []int, lo, hi, max int) []int {
	return s[lo:hi:max]
}

func main() {
	s := make([]int, 5, 8)
	fmt.Println(len(window(s, 1, 3, 6)), cap(window(s, 1, 3, 6)))
	fmt.Println(window(s, 2, 8, 8))
	fmt.Println(window(s, 1, 4, 9))
}
