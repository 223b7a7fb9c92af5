package main

import "fmt"

func main() {
	s := []string{"a", "b"}
	a := [2]int(s)
	fmt.Println(a)
}
