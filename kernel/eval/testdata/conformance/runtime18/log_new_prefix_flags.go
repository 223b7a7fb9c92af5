package main

import (
	"bytes"
	"fmt"
	"log"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "app: ", 0)
	l.Println("one")
	l.SetPrefix("[svc] ")
	l.Printf("two %d", 2)
	l.SetFlags(log.Lmsgprefix)
	l.Print("three")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags(), l.Flags() == log.Lmsgprefix)
	fmt.Printf("%T %T\n", l, l.Writer())
	fmt.Println(l.Writer() == &buf)
}
