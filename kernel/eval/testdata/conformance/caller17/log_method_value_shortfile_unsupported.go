package main

import (
	"bytes"
	"fmt"
	"log"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "", log.Lshortfile)
	p := l.Println
	p("through a method value")
	fmt.Print(buf.String())
}
