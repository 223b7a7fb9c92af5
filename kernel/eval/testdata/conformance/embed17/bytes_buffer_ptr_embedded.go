// *bytes.Buffer embedded beside fields: nil embedded pointer, reflect, %T.
package main

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
)

type Log struct {
	*bytes.Buffer
	Lines int
}

func (l *Log) Line(s string) {
	l.WriteString(s + "\n")
	l.Lines++
}

func main() {
	l := &Log{Buffer: new(bytes.Buffer)}
	l.Line("a")
	l.Line("b")
	fmt.Print(l.String())
	fmt.Println(l.Lines, l.Len())
	var r io.Reader = l
	b, _ := io.ReadAll(r)
	fmt.Printf("%q %d\n", b, l.Len())
	fmt.Printf("%T\n", l)
	t := reflect.TypeOf(l).Elem()
	fmt.Println(t.Field(0).Name, t.Field(0).Anonymous, t.NumField())
	defer func() { fmt.Println("recovered:", recover() != nil) }()
	var z Log
	z.WriteString("x")
}
