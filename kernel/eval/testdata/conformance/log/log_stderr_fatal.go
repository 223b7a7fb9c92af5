package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(0)
	log.Println("to stderr")
	fmt.Println("stdout line")
	log.Fatalf("fatal: %d", 7)
}
