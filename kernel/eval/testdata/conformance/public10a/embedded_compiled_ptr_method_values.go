package main

import (
	"bytes"
	"fmt"
	"strings"
)

type Out struct {
	*bytes.Buffer // embedded pointer of a compiled type
	name          string
}

type Doc struct {
	strings.Builder // embedded value with pointer methods
	title           string
}

func main() {
	first := &bytes.Buffer{}
	o := Out{first, "o"}
	write := o.WriteString // binds the pointer held now
	o.Buffer = &bytes.Buffer{}
	write("to first")
	o.WriteString("to second")
	fmt.Println(first.String(), "|", o.String())

	var d Doc
	add := d.WriteString // &d.Builder
	add("hello ")
	d.WriteString("world")
	fmt.Println(d.String(), d.Len())
	pd := &d
	grow := pd.Grow
	grow(64)
	fmt.Println(pd.Len(), d.title == "")
}
