package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

// Transcript embeds bytes.Buffer and numbers the lines written through Write.
type Transcript struct {
	bytes.Buffer
	line int
	mid  bool
}

func (t *Transcript) Write(p []byte) (int, error) {
	for _, b := range p {
		if !t.mid {
			t.line++
			fmt.Fprintf(&t.Buffer, "%3d| ", t.line)
			t.mid = true
		}
		t.Buffer.WriteByte(b)
		if b == '\n' {
			t.mid = false
		}
	}
	return len(p), nil
}

type Sink interface {
	io.Writer
	Len() int
	String() string
}

func main() {
	t := &Transcript{}
	fmt.Fprintf(t, "first line\nsecond ")
	fmt.Fprintln(t, "continues")
	io.WriteString(t, "third\n")
	io.Copy(t, strings.NewReader("fourth\nfifth"))
	fmt.Println(t.String())
	var s Sink = t
	fmt.Println(s.Len() > 0, t.line)
	t.WriteString("raw, unnumbered\n")
	fmt.Print(t.String()[t.Len()-16:])
	t.Reset()
	t.line = 0
	t.mid = false
	fmt.Fprint(t, "again")
	fmt.Println(t.String())
	var w io.Writer = t
	_, isSW := w.(io.StringWriter)
	_, isRF := w.(io.ReaderFrom)
	fmt.Println(isSW, isRF)
}
