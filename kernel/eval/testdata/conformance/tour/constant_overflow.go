// conformance: compile error (the constant overflows)
package main

import "fmt"

const Big = 1 << 100

func main() {
	fmt.Println("an untyped constant too big for int is an error when converted")
	fmt.Println(Big)
}
