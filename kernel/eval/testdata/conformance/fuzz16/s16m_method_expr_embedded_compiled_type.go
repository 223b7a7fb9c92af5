// The type of a method expression of a method promoted from an embedded
// type of the standard library names the struct type.
package main

import (
	"fmt"
	"sync"
)

type Account struct {
	Owner string
	sync.Mutex
}

func main() {
	lock := (*Account).Lock
	a := &Account{}
	lock(a)
	fmt.Printf("%T\n", lock)
	a.Unlock()
}
