package main

import "fmt"

func main() {
	xs := &[]int{1, 2}
	for _, x := range xs {
		fmt.Println(x)
	}
}
