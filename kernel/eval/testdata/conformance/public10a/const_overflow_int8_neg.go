// conformance: compile error (the typed constant overflows int8)
package main

import "fmt"

func main() {
	const c int8 = 100
	fmt.Println(c * 2)
}
