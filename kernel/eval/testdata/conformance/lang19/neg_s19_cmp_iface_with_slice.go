package main

import "fmt"

func main() {
	var x any = 1
	s := []int{1}
	fmt.Println(x == s)
}
