// conformance: compile error (the result of append is not used)
package main

import "fmt"

func add(s []int, v int) []int {
	append(s, v) // the classic mistake: s = append(s, v)
	return s
}

func main() {
	fmt.Println(add([]int{1}, 2))
}
