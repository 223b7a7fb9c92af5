package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
)

type slowReader struct {
	data []byte
	pos  int
}

func (s *slowReader) Read(p []byte) (int, error) {
	if s.pos >= len(s.data) {
		return 0, io.EOF
	}
	n := copy(p[:1], s.data[s.pos:])
	s.pos += n
	return n, nil
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

func main() {
	r := io.MultiReader(strings.NewReader("abc"), &slowReader{data: []byte("def")}, strings.NewReader(""))
	all, err := io.ReadAll(r)
	fmt.Printf("%q %v\n", all, err)
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lr)
	fmt.Println(string(b))
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	buf := make([]byte, 3)
	n, err := sr.ReadAt(buf, 3)
	fmt.Println(n, err, string(buf[:n]), sr.Size())
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee data"), &tee)
	io.Copy(io.Discard, tr)
	fmt.Println(tee.String())
	var a, bb bytes.Buffer
	mw := io.MultiWriter(&a, upperWriter{&bb})
	fmt.Fprintf(mw, "hello %s", "world")
	fmt.Println(a.String(), "|", bb.String())
	pr, pw := io.Pipe()
	go func() {
		for i := range 3 {
			fmt.Fprintf(pw, "line %d\n", i)
		}
		pw.CloseWithError(errors.New("producer done"))
	}()
	data, err := io.ReadAll(pr)
	fmt.Printf("%q %v\n", data, err)
	full := make([]byte, 4)
	n, err = io.ReadFull(strings.NewReader("ab"), full)
	fmt.Println(n, err, errors.Is(err, io.ErrUnexpectedEOF))
	n, err = io.ReadAtLeast(strings.NewReader("abcdef"), full, 2)
	fmt.Println(n, err, string(full))
	_, err = io.ReadAtLeast(strings.NewReader("abc"), make([]byte, 1), 2)
	fmt.Println(err)
	cn, err := io.CopyN(io.Discard, strings.NewReader("12345"), 10)
	fmt.Println(cn, err)
	rs := strings.NewReader("seekable")
	rs.Seek(4, io.SeekStart)
	rest, _ := io.ReadAll(rs)
	pos, _ := rs.Seek(-2, io.SeekEnd)
	fmt.Println(string(rest), pos, rs.Len())
	_, err = rs.Seek(-100, io.SeekCurrent)
	fmt.Println(err)
	var w io.Writer = &a
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString(" +sw")
	}
	fmt.Println(a.String())
	nw := io.NewOffsetWriter(nil, 0)
	fmt.Println(nw != nil)
	br := bytes.NewReader([]byte("xyz"))
	c, _ := br.ReadByte()
	br.UnreadByte()
	c2, _ := br.ReadByte()
	fmt.Println(string(c), string(c2), br.Len(), br.Size())
}
