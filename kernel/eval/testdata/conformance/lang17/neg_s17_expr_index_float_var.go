package main

import "fmt"

func main() {
	s := []int{1}
	i := 0.0
	fmt.Println(s[i])
}
