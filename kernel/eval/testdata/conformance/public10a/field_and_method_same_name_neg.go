// conformance: compile error (a field and a method with the same name)
package main

import "fmt"

type T struct {
	Name string
}

func (t T) Name() string { return "method" }

func main() {
	fmt.Println(T{"field"})
}
