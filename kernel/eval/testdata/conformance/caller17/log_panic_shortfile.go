package main

import (
	"bytes"
	"fmt"
	"log"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "E ", log.Lshortfile)
	func() {
		defer func() {
			fmt.Printf("recovered %q\n", recover())
		}()
		l.Panicf("bad %d", 7)
	}()
	func() {
		defer func() {
			fmt.Printf("recovered %q\n", recover())
		}()
		l.Panicln("worse")
	}()
	fmt.Print(buf.String())
}
