package main

import (
	"bytes"
	"fmt"
	"log"
	"os"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "[app] ", 0)
	l.Println("starting", 3, "workers")
	l.Printf("value=%d ok=%t", 42, true)
	l.SetPrefix("[db] ")
	l.SetFlags(log.Lmsgprefix)
	l.Print("no newline")
	l.Print("has newline\n")
	fmt.Print(buf.String())
	fmt.Println(l.Prefix(), l.Flags() == log.Lmsgprefix)
	stdout := log.New(os.Stdout, "out: ", 0)
	stdout.Println("to stdout")
	func() {
		defer func() {
			fmt.Println("recovered:", recover())
		}()
		stdout.Panicf("bad %s", "thing")
	}()
	log.SetOutput(os.Stdout)
	log.SetFlags(0)
	log.SetPrefix("std: ")
	log.Print("standard logger")
	w := log.Writer()
	fmt.Println(w == os.Stdout)
	l2 := log.New(os.Stdout, "", log.Lshortfile)
	_ = l2
	log.Println("done")
}
