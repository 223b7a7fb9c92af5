package main

import (
	"fmt"
	"sort"
	"strings"
)

type Reader interface{ Read() string }
type Writer interface{ Write(s string) }
type ReadWriter interface {
	Reader
	Writer
}

type Buffer struct{ data []string }

func (b *Buffer) Read() string {
	if len(b.data) == 0 {
		return ""
	}
	s := b.data[0]
	b.data = b.data[1:]
	return s
}
func (b *Buffer) Write(s string) { b.data = append(b.data, s) }

type LoggingRW struct {
	ReadWriter
	log []string
}

func (l *LoggingRW) Write(s string) {
	l.log = append(l.log, "write:"+s)
	l.ReadWriter.Write(strings.ToUpper(s))
}

type caseless []string

func (c caseless) Len() int           { return len(c) }
func (c caseless) Less(i, j int) bool { return strings.ToLower(c[i]) < strings.ToLower(c[j]) }
func (c caseless) Swap(i, j int)      { c[i], c[j] = c[j], c[i] }

type reverse struct{ sort.Interface }

func (r reverse) Less(i, j int) bool { return r.Interface.Less(j, i) }

func main() {
	var rw ReadWriter = &Buffer{}
	rw.Write("a")
	rw.Write("b")
	fmt.Println(rw.Read(), rw.Read(), rw.Read() == "")
	l := &LoggingRW{ReadWriter: &Buffer{}}
	l.Write("hello")
	l.Write("go")
	var r Reader = l
	fmt.Println(r.Read(), l.Read(), l.log)
	_, isW := r.(Writer)
	fmt.Println(isW)
	words := caseless{"banana", "Apple", "cherry", "apple2", "Banana0"}
	sort.Sort(words)
	fmt.Println(words)
	sort.Sort(reverse{words})
	fmt.Println(words)
	var w Writer
	fmt.Println(w == nil)
	w = rw
	fmt.Printf("%T\n", w)
	type Named interface{ Name() string }
	var x any = l
	_, ok := x.(Named)
	fmt.Println(ok)
}
