package main

import "fmt"

func main() {
	s := []int{1, 2}
	for i := 0; i < len(s); i++ {
		s[i] := 1
	}
	fmt.Println(s)
}
