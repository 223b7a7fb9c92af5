package main

import (
	"fmt"
	"log"
)

func main() {
	log.SetFlags(log.Lshortfile)
	fmt.Println("before")
	log.Println("to stderr")
	log.Fatalf("fatal %s", "end")
}
