package main

import "fmt"

func main() {
	xs := []string{"a", "b"}
	len, cap := len(xs), cap(xs)
	fmt.Println(len, cap)
}
