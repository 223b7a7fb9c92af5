package main

import (
	"fmt"
	"io"
	"strings"
)

type Stringer interface{ String() string }
type named string

func (n named) String() string { return "named(" + string(n) + ")" }

func main() {
	var x interface{} = 7
	i := x.(int)
	fmt.Println(i)
	s, ok := x.(string)
	fmt.Printf("%q %v\n", s, ok)
	var r io.Reader = strings.NewReader("abc")
	_, isWriter := r.(io.Writer)
	_, isSeeker := r.(io.Seeker)
	fmt.Println(isWriter, isSeeker)
	var y interface{} = named("z")
	if st, ok := y.(Stringer); ok {
		fmt.Println(st.String())
	}
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = x.(fmt.Stringer)
}
