package main

import "fmt"

func main() {
	m := map[int]string{2: "two"}
	xs := []int{7, 8}
	len, ok := m[len(xs)]
	fmt.Println(len, ok)
}
