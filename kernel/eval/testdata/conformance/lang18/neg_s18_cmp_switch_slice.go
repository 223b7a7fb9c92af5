package main

import "fmt"

func main() {
	s := []int{1}
	t := []int{1}
	switch s {
	case t:
		fmt.Println("same")
	}
}
