package main

import "fmt"

func arr() [3]int { return [3]int{1, 2, 3} }

func main() {
	fmt.Println(arr()[1:])
}
