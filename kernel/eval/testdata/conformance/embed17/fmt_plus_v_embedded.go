// %v, %+v and %#v of structs embedding compiled types without String.
package main

import (
	"fmt"
	"sync"
)

type Counter struct {
	sync.Mutex
	N int
}

type Box struct {
	*sync.WaitGroup
	Items []string
}

func main() {
	c := &Counter{N: 3}
	fmt.Printf("%v %+v\n", c.N, c.N)
	fmt.Printf("%+v\n", c)
	b := Box{Items: []string{"a"}}
	fmt.Printf("%v\n%+v\n", b, b)
	fmt.Printf("%T %T\n", b, c)
}
