package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	d := log.Default()
	fmt.Printf("%T %v\n", d, d == log.Default())
	fmt.Println(d.Flags() == log.LstdFlags, d.Prefix() == "", d.Writer() == os.Stderr)
	var buf bytes.Buffer
	log.SetOutput(&buf)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Println("via package")
	d.Println("via Default")
	fmt.Print(buf.String())
	fmt.Println(d.Writer() == &buf, log.Writer() == &buf, d.Prefix())
	log.SetOutput(os.Stderr)
	log.Print("to stderr")
}
