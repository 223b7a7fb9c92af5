package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.Reader.Read(p)
	c.n += n
	return n, err
}

type rot13 struct{ r io.Reader }

func (r rot13) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := range p[:n] {
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

type limitedErrWriter struct {
	limit int
	buf   bytes.Buffer
}

var ErrFull = errors.New("writer full")

func (l *limitedErrWriter) Write(p []byte) (int, error) {
	room := l.limit - l.buf.Len()
	if len(p) > room {
		l.buf.Write(p[:room])
		return room, ErrFull
	}
	return l.buf.Write(p)
}

type ReadWriteNamer interface {
	io.ReadWriter
	Name() string
}

type namedBuf struct {
	*bytes.Buffer
	name string
}

func (n namedBuf) Name() string { return n.name }

func main() {
	var sb strings.Builder
	cr := &countingReader{Reader: strings.NewReader("Why did the chicken cross the road?")}
	n, err := io.Copy(upperWriter{&sb}, rot13{cr})
	fmt.Println(sb.String(), n, err, cr.n)

	lw := &limitedErrWriter{limit: 10}
	n2, err := fmt.Fprintf(lw, "%s-%d", "abcdefgh", 12345)
	fmt.Println(n2, err, lw.buf.String(), errors.Is(err, ErrFull))

	var rwn ReadWriteNamer = namedBuf{new(bytes.Buffer), "buf1"}
	io.WriteString(rwn, "line one\nline two\n")
	data, _ := io.ReadAll(io.LimitReader(rwn, 8))
	fmt.Printf("%s %q\n", rwn.Name(), data)
	var w io.Writer = rwn
	if s, ok := w.(io.StringWriter); ok {
		s.WriteString("more")
	}
	rest, _ := io.ReadAll(rwn)
	fmt.Printf("%q\n", rest)

	pr, pw := io.Pipe()
	go func() {
		mw := io.MultiWriter(pw, io.Discard)
		for i := range 3 {
			fmt.Fprintf(mw, "msg %d;", i)
		}
		pw.CloseWithError(errors.New("producer done"))
	}()
	all, err := io.ReadAll(pr)
	fmt.Printf("%s %v\n", all, err)

	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	tee := io.TeeReader(mr, upperWriter{&sb})
	sb.Reset()
	b, _ := io.ReadAll(tee)
	fmt.Println(string(b), sb.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	sec, _ := io.ReadAll(sr)
	fmt.Println(string(sec), sr.Size())
	fields := strings.FieldsFunc("a1b2c3", unicode.IsDigit)
	fmt.Println(fields)
}
