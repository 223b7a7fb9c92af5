package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type countingSrc struct {
	data string
	used string
}

func (c *countingSrc) Read(p []byte) (int, error) {
	c.used += "R"
	if len(c.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p, c.data)
	c.data = c.data[n:]
	return n, nil
}

func (c *countingSrc) WriteTo(w io.Writer) (int64, error) {
	c.used += "W"
	n, err := io.WriteString(w, strings.ToUpper(c.data))
	c.data = ""
	return int64(n), err
}

type sink struct {
	buf  bytes.Buffer
	used string
}

func (s *sink) Write(p []byte) (int, error) { s.used += "w"; return s.buf.Write(p) }
func (s *sink) ReadFrom(r io.Reader) (int64, error) {
	s.used += "F"
	b, err := io.ReadAll(r)
	s.buf.WriteString("[" + string(b) + "]")
	return int64(len(b)), err
}

type plainSink struct{ parts []string }

func (p *plainSink) Write(b []byte) (int, error) {
	p.parts = append(p.parts, string(b))
	return len(b), nil
}

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := 0; i < n; i++ {
		c := p[i]
		switch {
		case c >= 'a' && c <= 'z':
			p[i] = 'a' + (c-'a'+13)%26
		case c >= 'A' && c <= 'Z':
			p[i] = 'A' + (c-'A'+13)%26
		}
	}
	return n, err
}

func main() {
	src := &countingSrc{data: "hello"}
	var out bytes.Buffer
	n, err := io.Copy(&out, src)
	fmt.Println(n, err, out.String(), src.used)

	src2 := &countingSrc{data: "world"}
	s := &sink{}
	n, err = io.Copy(s, struct{ io.Reader }{src2})
	fmt.Println(n, err, s.buf.String(), s.used, src2.used)

	p := &plainSink{}
	n, err = io.CopyBuffer(p, rot13{strings.NewReader("Uryyb, Jbeyq! and more text")}, make([]byte, 7))
	fmt.Println(n, err, p.parts)

	p2 := &plainSink{}
	n, err = io.CopyN(p2, strings.NewReader("abcdefghij"), 4)
	fmt.Println(n, err, p2.parts)
	n, err = io.CopyN(p2, strings.NewReader("ab"), 4)
	fmt.Println(n, err)

	var sb strings.Builder
	n, err = strings.NewReader("via WriterTo").WriteTo(&sb)
	fmt.Println(n, err, sb.String())
	b := bytes.NewBufferString("x")
	n, err = b.ReadFrom(rot13{strings.NewReader("nop")})
	fmt.Println(n, err, b.String())
}
