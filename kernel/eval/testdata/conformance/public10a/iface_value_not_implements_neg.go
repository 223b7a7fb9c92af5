// conformance: compile error (T does not implement the interface: Inc has a pointer receiver)
package main

import "fmt"

type T struct{ n int }

func (t *T) Inc() { t.n++ }

type Incer interface{ Inc() }

func main() {
	var i Incer = T{}
	fmt.Println(i)
}
