package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type Logged struct {
	*bytes.Buffer
	lines int
}

func (l *Logged) WriteString(s string) (int, error) {
	l.lines++
	return l.Buffer.WriteString(s)
}

type LineWriter interface {
	io.Writer
	WriteString(string) (int, error)
}

type Upper struct{ strings.Builder }

func (u *Upper) String() string { return strings.ToUpper(u.Builder.String()) }

func main() {
	l := &Logged{Buffer: new(bytes.Buffer)}
	var lw LineWriter = l
	lw.WriteString("a\n")
	fmt.Fprint(lw, "b\n")
	var rw io.ReadWriter = l
	buf := make([]byte, 4)
	n, _ := rw.Read(buf)
	fmt.Printf("%d %q lines=%d\n", n, buf[:n], l.lines)
	var x any = Logged{Buffer: new(bytes.Buffer)}
	_, ok := x.(io.Writer)
	fmt.Println("Logged value io.Writer:", ok)
	_, ok = x.(LineWriter)
	fmt.Println("Logged value LineWriter:", ok)
	u := &Upper{}
	u.WriteString("shout")
	var s fmt.Stringer = u
	fmt.Println(s.String(), u)
	var y any = Upper{}
	_, ok = y.(fmt.Stringer)
	fmt.Println("Upper value Stringer:", ok)
}
