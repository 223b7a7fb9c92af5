package main

import "fmt"

func main() {
	s := []int{1}
	p := &s
	for _, v := range p {
		fmt.Println(v)
	}
}
