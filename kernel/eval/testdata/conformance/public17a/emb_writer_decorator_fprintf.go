package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type prefixWriter struct {
	io.Writer
	prefix string
	atBOL  bool
}

func (p *prefixWriter) Write(b []byte) (int, error) {
	var out bytes.Buffer
	for _, c := range b {
		if p.atBOL {
			out.WriteString(p.prefix)
			p.atBOL = false
		}
		out.WriteByte(c)
		if c == '\n' {
			p.atBOL = true
		}
	}
	if _, err := p.Writer.Write(out.Bytes()); err != nil {
		return 0, err
	}
	return len(b), nil
}

type errWriter struct{ n int }

func (e *errWriter) Write(b []byte) (int, error) {
	if e.n == 0 {
		return 0, fmt.Errorf("disk full")
	}
	e.n--
	return len(b), nil
}

func main() {
	var sb strings.Builder
	pw := &prefixWriter{Writer: &sb, prefix: "> ", atBOL: true}
	fmt.Fprintf(pw, "line %d\nline %d\n", 1, 2)
	fmt.Fprint(pw, "partial")
	fmt.Fprintln(pw, " end")
	io.WriteString(pw, "via io\n")
	fmt.Print(sb.String())
	n, err := fmt.Fprintf(&prefixWriter{Writer: &errWriter{0}}, "x")
	fmt.Println(n, err)
	nested := &prefixWriter{Writer: &prefixWriter{Writer: &sb, prefix: "[outer] ", atBOL: true}, prefix: "[inner] ", atBOL: true}
	sb.Reset()
	fmt.Fprintln(nested, "deep")
	fmt.Print(sb.String())
}
