package main

import "fmt"

func main() {
	for i, v, w := range []int{1} {
		fmt.Println(i, v, w)
	}
}
