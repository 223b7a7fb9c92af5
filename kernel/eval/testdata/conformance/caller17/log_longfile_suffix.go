package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "", log.Llongfile)
	l.Println("long")
	s := buf.String()
	i := strings.LastIndex(s, "main.go:")
	fmt.Println(i >= 0, s[i:] == "main.go:13: long\n")
	buf.Reset()
	l.SetFlags(log.Llongfile | log.Lshortfile)
	l.Println("short wins")
	fmt.Print(buf.String())
}
