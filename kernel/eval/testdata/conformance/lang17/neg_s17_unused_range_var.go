package main

import "fmt"

func show(s []int) {
	for i, v := range s {
		fmt.Println(i)
	}
}

func main() {
	show(nil)
}
