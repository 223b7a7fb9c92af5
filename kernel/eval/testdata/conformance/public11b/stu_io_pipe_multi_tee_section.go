package main

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
)

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

type slowReader struct{ data []byte }

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	p[0] = s.data[0]
	s.data = s.data[1:]
	return 1, nil
}

func main() {
	pr, pw := io.Pipe()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer pw.Close()
		for i := 1; i <= 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
	}()
	sc := bufio.NewScanner(pr)
	for sc.Scan() {
		fmt.Println("got:", sc.Text())
	}
	wg.Wait()

	pr2, pw2 := io.Pipe()
	go func() { pw2.CloseWithError(errors.New("producer failed")) }()
	_, err := io.ReadAll(pr2)
	fmt.Println("pipe err:", err)

	r := io.MultiReader(strings.NewReader("abc"), strings.NewReader(""), strings.NewReader("def"))
	var log bytes.Buffer
	tee := io.TeeReader(r, &log)
	h := sha256.New()
	cr := &countingReader{r: tee}
	n, _ := io.Copy(h, cr)
	fmt.Printf("%d %d %q %x\n", n, cr.n, log.String(), h.Sum(nil)[:4])

	var a, b bytes.Buffer
	mw := io.MultiWriter(&a, upperWriter{&b})
	fmt.Fprint(mw, "mixed Case")
	fmt.Println(a.String(), b.String())

	src := strings.NewReader("0123456789abcdef")
	sec := io.NewSectionReader(src, 4, 6)
	all, _ := io.ReadAll(sec)
	fmt.Println(string(all), sec.Size())
	p := make([]byte, 3)
	k, err := sec.ReadAt(p, 4)
	fmt.Println(k, err, string(p[:k]))
	off, _ := sec.Seek(-2, io.SeekEnd)
	rest, _ := io.ReadAll(sec)
	fmt.Println(off, string(rest))

	lr := io.LimitReader(strings.NewReader("limited reader"), 7)
	lb, _ := io.ReadAll(lr)
	fmt.Printf("%q\n", lb)
	full := make([]byte, 5)
	k, err = io.ReadFull(&slowReader{[]byte("xyz")}, full)
	fmt.Println(k, err, errors.Is(err, io.ErrUnexpectedEOF))
	k, err = io.ReadAtLeast(&slowReader{[]byte("hello world")}, full, 2)
	fmt.Println(k, err, string(full[:k]))
	var sb strings.Builder
	cn, err := io.CopyN(&sb, strings.NewReader("short"), 10)
	fmt.Println(cn, err, sb.String())
	ow := io.NewOffsetWriter(&fixedWriterAt{buf: make([]byte, 10)}, 2)
	ow.Write([]byte("hey"))
	ow.WriteAt([]byte("!"), 5)
	fmt.Println(io.Discard != nil, io.NopCloser(strings.NewReader("")).Close())
	rs := io.NewSectionReader(strings.NewReader("abc"), 0, 3)
	var w strings.Builder
	io.WriteString(&w, "ws:")
	io.Copy(&w, rs)
	fmt.Println(w.String())
}

type fixedWriterAt struct{ buf []byte }

func (f *fixedWriterAt) WriteAt(p []byte, off int64) (int, error) {
	n := copy(f.buf[off:], p)
	fmt.Printf("writeAt %d %q\n", off, p)
	return n, nil
}
