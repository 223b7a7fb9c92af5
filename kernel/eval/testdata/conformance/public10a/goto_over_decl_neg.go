// conformance: compile error (goto jumps over a variable declaration)
package main

import "fmt"

func main() {
	goto end
	x := 1
	fmt.Println(x)
end:
	fmt.Println("end")
}
