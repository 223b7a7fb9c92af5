// conformance: compile error (an untyped float constant converted to int is truncated)
package main

import "fmt"

const ratio = 3.5

func main() {
	n := int(ratio)
	fmt.Println(n)
}
