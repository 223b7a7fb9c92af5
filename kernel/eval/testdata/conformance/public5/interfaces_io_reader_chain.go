package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
	"unicode"
)

type upperReader struct{ r io.Reader }

func (u upperReader) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type countingReader struct {
	r     io.Reader
	bytes int
	reads int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.bytes += n
	c.reads++
	return n, err
}

type alphaFilter struct{ r io.Reader }

func (a alphaFilter) Read(p []byte) (int, error) {
	buf := make([]byte, len(p))
	n, err := a.r.Read(buf)
	j := 0
	for _, b := range buf[:n] {
		if unicode.IsLetter(rune(b)) || b == ' ' {
			p[j] = b
			j++
		}
	}
	return j, err
}

type nopCloser struct {
	io.Writer
	closed *bool
}

func (n nopCloser) Close() error { *n.closed = true; return nil }

func main() {
	src := strings.NewReader("hello, world! 123 go-pher.")
	cr := &countingReader{r: src}
	r := upperReader{alphaFilter{cr}}
	out, err := io.ReadAll(r)
	fmt.Printf("%q %v bytes=%d reads>0=%v\n", out, err, cr.bytes, cr.reads > 0)

	lim := io.LimitReader(strings.NewReader("0123456789"), 4)
	b, _ := io.ReadAll(lim)
	fmt.Println(string(b))
	multi := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	b, _ = io.ReadAll(multi)
	fmt.Println(string(b))

	var sink bytes.Buffer
	h := sha256.New()
	tee := io.TeeReader(strings.NewReader("tee data"), h)
	n, _ := io.Copy(&sink, tee)
	fmt.Printf("%d %s %x\n", n, sink.String(), h.Sum(nil)[:4])

	pr, pw := io.Pipe()
	go func() {
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "chunk%d;", i)
		}
		pw.CloseWithError(io.ErrUnexpectedEOF)
	}()
	got, err := io.ReadAll(pr)
	fmt.Println(string(got), err)

	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	part := make([]byte, 3)
	k, _ := sr.ReadAt(part, 1)
	fmt.Println(string(part[:k]), sr.Size())
	closed := false
	var wc io.WriteCloser = nopCloser{&sink, &closed}
	io.WriteString(wc, "+more")
	wc.Close()
	fmt.Println(sink.String(), closed)
	_, err = io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err)
	var w io.Writer = io.Discard
	_, isStringWriter := w.(io.StringWriter)
	_, isReaderFrom := w.(io.ReaderFrom)
	fmt.Println(isStringWriter, isReaderFrom)
}
