// conformance: compile error (the constant overflows)
package main

import "fmt"

func main() {
	const small int8 = -128
	fmt.Println(small - 1)
}
