package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type StringWriter interface {
	WriteString(string) (int, error)
}

func write(w io.Writer, s string) {
	fmt.Fprint(w, s)
}

func main() {
	var buf bytes.Buffer
	write(&buf, "buf ")
	var sb strings.Builder
	write(&sb, "sb ")
	var sw StringWriter = &sb
	sw.WriteString("more")
	fmt.Println(buf.String(), sb.String())
	for _, x := range []any{&buf, buf, &sb, sb, strings.NewReader("r")} {
		_, w := x.(io.Writer)
		_, s := x.(StringWriter)
		_, r := x.(io.Reader)
		_, st := x.(fmt.Stringer)
		fmt.Printf("%T writer=%v stringwriter=%v reader=%v stringer=%v\n", x, w, s, r, st)
	}
}
