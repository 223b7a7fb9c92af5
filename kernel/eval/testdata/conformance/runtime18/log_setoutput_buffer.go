package main

import (
	"bytes"
	"fmt"
	"log"
	"strings"
)

type Recorder struct {
	lines []string
}

func (r *Recorder) Write(p []byte) (int, error) {
	r.lines = append(r.lines, strings.TrimSuffix(string(p), "\n"))
	return len(p), nil
}

func main() {
	l := log.New(nil, "", 0)
	var a, b bytes.Buffer
	l.SetOutput(&a)
	l.Print("to a")
	l.SetOutput(&b)
	l.Print("to b")
	rec := &Recorder{}
	l.SetOutput(rec)
	l.SetPrefix("rec: ")
	l.Println("first")
	l.Printf("second %v", []int{1, 2})
	fmt.Printf("%q %q %q\n", a.String(), b.String(), rec.lines)
	fmt.Printf("%T\n", l.Writer())
	err := l.Output(1, "direct")
	fmt.Println(err, rec.lines[len(rec.lines)-1])
}
