package main

import (
	"bytes"
	"fmt"
	"log"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", log.Lshortfile)
	l.Print("one")
	l.Printf("two %d", 2)
	l.Println("three", 3)
	l.Print("ends with newline\n")
	l.Print("")
	fmt.Print(buf.String())
}
