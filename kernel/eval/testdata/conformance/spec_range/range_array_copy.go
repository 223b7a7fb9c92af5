package main

import "fmt"

func main() {
	// The range expression is evaluated once; an array is copied.
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		if i == 2 {
			fmt.Println("array value:", v)
		}
	}
	sl := []int{1, 2, 3}
	for i, v := range sl {
		sl[2] = 100
		if i == 2 {
			fmt.Println("slice value:", v)
		}
	}
	pa := &[3]int{1, 2, 3}
	for i, v := range pa {
		pa[2] = 100
		if i == 2 {
			fmt.Println("pointer value:", v)
		}
	}
}
