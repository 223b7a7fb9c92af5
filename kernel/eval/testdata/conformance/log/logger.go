package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "buf: ", 0)
	l.Println("hello")
	l.Printf("n=%d", 2)
	fmt.Print(buf.String())
	out := log.New(os.Stdout, "[out] ", log.Lmsgprefix)
	out.Println("with msgprefix")
	fmt.Println(out.Prefix(), out.Flags() == log.Lmsgprefix)
	log.SetFlags(0)
	log.SetOutput(os.Stdout)
	log.SetPrefix("std: ")
	log.Println("standard logger")
	log.Print("no newline needed")
}
