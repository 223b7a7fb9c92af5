// bytes.Buffer embedded by value beside fields: promoted Write methods,
// io.Writer and fmt.Stringer satisfied through promotion.
package main

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
)

type Doc struct {
	bytes.Buffer
	Title string
}

func main() {
	d := &Doc{Title: "t"}
	fmt.Fprintf(d, "%s:%d", "x", 1)
	d.WriteByte('!')
	var w io.Writer = d
	io.WriteString(w, "?")
	var s fmt.Stringer = d
	fmt.Println(s.String(), d.Len(), d.Title)
	f := reflect.TypeOf(*d).Field(0)
	fmt.Println(f.Name, f.Anonymous, f.Type)
	_, isW := any(d).(io.Writer)
	_, isR := any(d).(io.Reader)
	_, isS := any(*d).(fmt.Stringer)
	fmt.Println(isW, isR, isS)
	fmt.Println(d)
}
