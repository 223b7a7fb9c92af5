package main

import "fmt"

func main() {
	s := []int{1}
	i := 5
	fmt.Println("start")
	fmt.Println(s[i])
}
