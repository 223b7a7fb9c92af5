package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

type Tagged struct {
	tag  string
	buf  bytes.Buffer
	hits int
}

func (t *Tagged) Write(p []byte) (int, error) {
	t.hits++
	t.buf.WriteString("[" + t.tag + "] ")
	return t.buf.Write(p)
}

type Request struct {
	Method, Path string
	Status       int
}

func (r Request) String() string { return r.Method + " " + r.Path + " -> " + fmt.Sprint(r.Status) }

func main() {
	tw := &Tagged{tag: "web"}
	l := log.New(tw, "srv: ", 0)
	l.Println("started", 8080)
	l.Printf("%v", Request{"GET", "/", 200})
	l.SetPrefix("srv2: ")
	l.SetFlags(log.Lmsgprefix)
	l.Print(Request{"POST", "/x", 500})
	fmt.Print(tw.buf.String())
	fmt.Println(tw.hits, l.Prefix(), l.Flags() == log.Lmsgprefix)
	var sb strings.Builder
	l.SetOutput(&sb)
	func() {
		defer func() { fmt.Printf("recovered %v | %q\n", recover(), sb.String()) }()
		l.Panicf("bad %s", Request{"PUT", "/y", 409})
	}()
	std := log.Default()
	std.SetFlags(0)
	std.SetOutput(tw)
	log.Print("via std")
	fmt.Println(strings.Count(tw.buf.String(), "\n"), l.Writer() == &sb)
	fmt.Println(log.Writer() == tw)
}
