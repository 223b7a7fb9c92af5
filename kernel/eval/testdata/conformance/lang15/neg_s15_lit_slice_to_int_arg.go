package main

import "fmt"

func h(x int) { fmt.Println(x) }

func main() {
	h([]int{1, 2, 3})
}
