// conformance: compile error (a constant expression overflows its type)
package main

import "fmt"

func main() {
	var x uint8 = 255 + 1
	fmt.Println(x)
}
