// conformance: compile error (the untyped 1 of a non-constant shift takes the type float32 of the assignment)
package main

import "fmt"

func main() {
	var bits uint = 4
	var scale float32
	scale = 1 << bits
	fmt.Println(scale)
}
