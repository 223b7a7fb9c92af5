package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	defer fmt.Println("deferred")
	log.Panicf("bad value %q", "v")
}
