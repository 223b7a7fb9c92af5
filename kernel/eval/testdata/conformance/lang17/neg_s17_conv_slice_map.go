package main

import "fmt"

func main() {
	m := map[string]int([]int{})
	fmt.Println(m)
}
