package main

import (
	"fmt"
	"io"
	"strings"
)

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(b []byte) (int, error) {
	n, err := rr.r.Read(b)
	for i := 0; i < n; i++ {
		c := b[i]
		switch {
		case c >= 'a' && c <= 'z':
			b[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			b[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

type countingWriter struct {
	w     io.Writer
	count int64
}

func (cw *countingWriter) Write(p []byte) (int, error) {
	n, err := cw.w.Write(p)
	cw.count += int64(n)
	return n, err
}

type upperWriter struct{ sb *strings.Builder }

func (u upperWriter) Write(p []byte) (int, error) {
	u.sb.WriteString(strings.ToUpper(string(p)))
	return len(p), nil
}

func main() {
	var sb strings.Builder
	cw := &countingWriter{w: upperWriter{&sb}}
	n, err := io.Copy(cw, rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!")})
	fmt.Println(n, err, cw.count, sb.String())
	var w io.Writer = cw
	if _, ok := w.(io.StringWriter); !ok {
		fmt.Println("not a StringWriter")
	}
	io.WriteString(w, " more")
	fmt.Println(cw.count, sb.String())
	var r io.Reader = rot13Reader{strings.NewReader("nop")}
	_, isWT := r.(io.WriterTo)
	fmt.Println(isWT)
}
