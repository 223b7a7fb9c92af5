package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "my:", 0)
	l.Println("from mylog")
	l.SetPrefix("ohmy:")
	l.Println("from mylog again")
	l.SetFlags(log.Lmsgprefix)
	l.Printf("value=%d", 42)
	l.SetFlags(log.Lmsgprefix | log.LUTC)
	l.Print("utc flag without time")
	fmt.Print(buf.String())
	fmt.Println("prefix:", l.Prefix(), "flags:", l.Flags() == log.Lmsgprefix|log.LUTC)

	var b2 strings.Builder
	std := log.Default()
	std.SetOutput(&b2)
	std.SetFlags(0)
	log.Print("standard logger")
	log.Printf("%s-%d", "x", 1)
	fmt.Print(b2.String())
	w := l.Writer()
	fmt.Println(w == &buf)
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		log.Panicf("boom %d", 3)
	}()
	fmt.Print(strings.TrimPrefix(b2.String(), "standard logger\nx-1\n"))
}
