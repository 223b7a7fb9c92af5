package main

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"strings"
)

// counting embeds *bytes.Buffer: Write and WriteString are promoted
// through the pointer, so the value type is an io.Writer.
type counting struct {
	*bytes.Buffer
	label string
}

type upper struct {
	*bytes.Buffer
}

func (u upper) Write(p []byte) (int, error) {
	return u.Buffer.Write(bytes.ToUpper(p))
}

func main() {
	c := counting{new(bytes.Buffer), "c"}
	var w io.Writer = c
	fmt.Fprintf(w, "hello %d", 42)
	io.Copy(w, strings.NewReader(" world"))
	fmt.Println(c.String(), c.Len(), reflect.TypeOf(w))
	u := upper{new(bytes.Buffer)}
	w = u
	fmt.Fprint(w, "quiet ")
	io.WriteString(w, "please")
	fmt.Println(u.String(), reflect.TypeOf(w))
	ws := []io.Writer{c, u}
	for _, x := range ws {
		fmt.Fprint(x, "!")
	}
	fmt.Println(c.String(), u.String())
	var s fmt.Stringer = c
	fmt.Println(s, reflect.TypeOf(s))
}
