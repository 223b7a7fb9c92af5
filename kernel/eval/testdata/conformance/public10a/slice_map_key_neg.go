// conformance: compile error (a slice is not a valid map key type)
package main

import "fmt"

func main() {
	seen := map[[]int]bool{}
	fmt.Println(len(seen))
}
