package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
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

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
	for i := range n {
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
	var buf bytes.Buffer
	cr := &countingReader{r: strings.NewReader("Lbh penpxrq gur pbqr!")}
	n, err := io.Copy(upperWriter{&buf}, rot13Reader{cr})
	fmt.Println(n, err, cr.n, buf.String())
	h := sha256.New()
	var b2 bytes.Buffer
	mw := io.MultiWriter(h, &b2)
	io.WriteString(mw, "hello ")
	fmt.Fprint(mw, "world")
	fmt.Printf("%x %s\n", h.Sum(nil)[:8], b2.String())
	mr := io.MultiReader(strings.NewReader("ab"), strings.NewReader(""), strings.NewReader("cd"))
	all, _ := io.ReadAll(mr)
	fmt.Println(string(all))
	lr := io.LimitReader(strings.NewReader("0123456789"), 4)
	got, _ := io.ReadAll(lr)
	fmt.Println(string(got))
	var tee bytes.Buffer
	tr := io.TeeReader(strings.NewReader("tee!"), &tee)
	io.ReadAll(tr)
	fmt.Println(tee.String())
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 2, 5)
	p := make([]byte, 3)
	k, _ := sr.ReadAt(p, 1)
	fmt.Println(k, string(p), sr.Size())
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through the pipe")
		pw.Close()
	}()
	piped, _ := io.ReadAll(pr)
	fmt.Println(string(piped))
	full := make([]byte, 4)
	_, err = io.ReadFull(strings.NewReader("ab"), full)
	fmt.Println(err, err == io.ErrUnexpectedEOF)
	_, err = io.ReadFull(strings.NewReader(""), full)
	fmt.Println(err == io.EOF)
	var w io.Writer = &buf
	if sw, ok := w.(io.StringWriter); ok {
		sw.WriteString("!")
	}
	_, isRW := w.(io.ReadWriter)
	fmt.Println(buf.Len(), isRW)
}
