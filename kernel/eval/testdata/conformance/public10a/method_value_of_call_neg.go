// conformance: compile error (a pointer method on a non-addressable value)
package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() { t.n++ }

func newT() T { return T{} }

func main() {
	newT().Inc()
	fmt.Println("no")
}
