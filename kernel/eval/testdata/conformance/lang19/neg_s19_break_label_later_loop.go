package main

import "fmt"

func main() {
	for i := 0; i < 2; i++ {
		if i == 1 {
			break outer
		}
	}
outer:
	for j := 0; j < 2; j++ {
		fmt.Println(j)
	}
}
