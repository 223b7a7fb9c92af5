package main

import "fmt"

func items() []int { return []int{1, 2} }

func main() {
	fmt.Println(len(items))
}
