package main

import (
	"bytes"
	"fmt"
	"log"
	"regexp"
)

var stamp = regexp.MustCompile(`\d{4}/\d\d/\d\d|\d\d:\d\d:\d\d\.\d{6}|\d\d:\d\d:\d\d`)

func main() {
	var buf bytes.Buffer
	l := log.New(&buf, "T ", log.LstdFlags|log.Lshortfile)
	l.Println("stamped")
	l.SetFlags(log.Ltime | log.Lmicroseconds | log.LUTC | log.Lshortfile | log.Lmsgprefix)
	l.Println("micro")
	l.SetFlags(log.Ldate | log.Lshortfile)
	l.Println("dated")
	l.SetFlags(log.Ltime | log.LUTC)
	l.Println("no file")
	fmt.Print(stamp.ReplaceAllString(buf.String(), "<$0>"[:1]+"X>"))
}
