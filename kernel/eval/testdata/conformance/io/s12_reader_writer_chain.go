package main

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"strings"
)

// Caesar shifts letters as they are read.
type Caesar struct {
	R     io.Reader
	Shift byte
}

func (c *Caesar) Read(p []byte) (int, error) {
	n, err := c.R.Read(p)
	for i := range p[:n] {
		if b := p[i]; b >= 'a' && b <= 'z' {
			p[i] = 'a' + (b-'a'+c.Shift)%26
		}
	}
	return n, err
}

// CountingWriter counts bytes and lines written through it.
type CountingWriter struct {
	W            io.Writer
	Bytes, Lines int
}

func (c *CountingWriter) Write(p []byte) (int, error) {
	n, err := c.W.Write(p)
	c.Bytes += n
	c.Lines += bytes.Count(p[:n], []byte("\n"))
	return n, err
}

// OneByte returns at most one byte a call.
type OneByte struct{ r io.Reader }

func (o OneByte) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	return o.r.Read(p[:1])
}

func main() {
	src := strings.NewReader("hello gopher\nsecond line\n")
	var out bytes.Buffer
	h := sha256.New()
	cw := &CountingWriter{W: io.MultiWriter(&out, h)}
	n, err := io.Copy(cw, &Caesar{src, 13})
	fmt.Println(n, err, cw.Bytes, cw.Lines)
	fmt.Print(out.String())
	fmt.Printf("%x\n", h.Sum(nil)[:8])
	back, _ := io.ReadAll(&Caesar{&out, 13})
	fmt.Printf("%q\n", back)
	buf := make([]byte, 5)
	k, err := io.ReadFull(OneByte{strings.NewReader("abcdefg")}, buf)
	fmt.Println(k, err, string(buf))
	k, err = io.ReadFull(OneByte{strings.NewReader("ab")}, buf)
	fmt.Println(k, err)
	k, err = io.ReadAtLeast(OneByte{strings.NewReader("")}, buf, 2)
	fmt.Println(k, err)
	var sb strings.Builder
	m, err := io.CopyN(&sb, io.MultiReader(OneByte{strings.NewReader("xy")}, &Caesar{strings.NewReader("abc"), 1}), 4)
	fmt.Println(m, err, sb.String())
	tr := io.TeeReader(&Caesar{strings.NewReader("zzz"), 1}, cw)
	all, _ := io.ReadAll(tr)
	fmt.Println(string(all), cw.Bytes)
	ws, err := io.WriteString(cw, "tail\n")
	fmt.Println(ws, err, cw.Lines)
}
