// conformance: compile error (goto into a block)
package main

import "fmt"

func main() {
	n := 1
	if n > 0 {
		goto inside
	}
	{
	inside:
		fmt.Println("inside")
	}
}
