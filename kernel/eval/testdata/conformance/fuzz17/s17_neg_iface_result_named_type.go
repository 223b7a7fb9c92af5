// conformance: compile error
package main

import "fmt"

// A method returning ID does not implement one returning int (its
// underlying type): go build rejects the assignment.
type ID int

type IntGetter interface{ Get() int }

type ByID struct{}

func (ByID) Get() ID { return 7 }

func main() {
	var g IntGetter = ByID{}
	fmt.Println(g.Get())
}
