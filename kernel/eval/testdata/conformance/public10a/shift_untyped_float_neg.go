// conformance: compile error (1 << s where 1 would be a float64)
package main

import "fmt"

func main() {
	var s uint = 3
	var f float64 = 1 << s
	fmt.Println(f)
}
