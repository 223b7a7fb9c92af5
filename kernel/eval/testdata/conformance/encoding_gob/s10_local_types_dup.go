// Two local types of one name registered with encoding/gob: both are
// main.T to gob, and the second registration panics with gob's own text.
package main

import (
	"encoding/gob"
	"fmt"
)

func first() {
	type T struct{ A int }
	gob.Register(T{})
	fmt.Println("first registered")
}

func second() {
	type T struct{ B string }
	defer func() { fmt.Println("recovered:", recover()) }()
	gob.Register(T{})
	fmt.Println("not reached")
}

func main() {
	first()
	first()
	second()
	type U struct{ C float64 }
	gob.RegisterName("u", U{})
	defer func() { fmt.Println("recovered:", recover()) }()
	gob.RegisterName("v", U{})
}
