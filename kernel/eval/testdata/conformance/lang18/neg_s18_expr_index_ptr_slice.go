package main

import "fmt"

func main() {
	s := []int{1}
	p := &s
	fmt.Println(p[0])
}
