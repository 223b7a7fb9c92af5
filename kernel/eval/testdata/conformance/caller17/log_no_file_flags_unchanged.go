package main

import (
	"bytes"
	"fmt"
	"log"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "plain: ", 0)
	l.Println("a")
	p := l.Println
	p("through a method value")
	l.Output(5, "any calldepth")
	fmt.Print(buf.String())
}
