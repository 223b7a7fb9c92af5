package main

import "fmt"

func main() {
	var m map[string]int = []int{1}
	fmt.Println(m)
}
