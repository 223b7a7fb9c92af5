// conformance: compile error (ambiguous selector at the same depth)
package main

import "fmt"

type A struct{ Name string }
type B struct{ Name string }

type C struct {
	A
	B
}

func main() {
	c := C{A{"a"}, B{"b"}}
	fmt.Println(c.Name)
}
