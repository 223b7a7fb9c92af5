package main

import (
	"bytes"
	"fmt"
	"log"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "[svc] ", log.Lshortfile|log.Lmsgprefix)
	l.Println("started")
	l.SetPrefix("")
	l.Println("no prefix")
	l.SetFlags(log.Lshortfile)
	l.SetPrefix("P:")
	l.Printf("flags %d", l.Flags())
	fmt.Print(buf.String())
}
