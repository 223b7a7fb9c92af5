package main

import (
	"bytes"
	"crypto/sha1"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

type rot13Reader struct{ r io.Reader }

func (rr rot13Reader) Read(p []byte) (int, error) {
	n, err := rr.r.Read(p)
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

type countingWriter struct {
	io.Writer
	bytes, writes int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.writes++
	n, err := c.Writer.Write(p)
	c.bytes += n
	return n, err
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.Map(unicode.ToUpper, p))
}

type slowReader struct {
	data []byte
}

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	n := copy(p[:1], s.data)
	s.data = s.data[n:]
	return n, nil
}

func main() {
	r := rot13Reader{strings.NewReader("Lbh penpxrq gur pbqr!\n")}
	io.Copy(os.Stdout, r)
	var buf bytes.Buffer
	cw := &countingWriter{Writer: &buf}
	h := sha1.New()
	mw := io.MultiWriter(cw, h, upperWriter{os.Stdout})
	tee := io.TeeReader(strings.NewReader("hello tee reader\n"), mw)
	all, _ := io.ReadAll(tee)
	fmt.Println(len(all), cw.bytes, cw.writes > 0, buf.String() == string(all))
	fmt.Printf("%x\n", h.Sum(nil))
	lr := io.LimitReader(&slowReader{[]byte("abcdefgh")}, 5)
	b, err := io.ReadAll(lr)
	fmt.Println(string(b), err)
	sr := io.NewSectionReader(strings.NewReader("0123456789"), 3, 4)
	p := make([]byte, 10)
	n, err := sr.ReadAt(p, 1)
	fmt.Println(n, string(p[:n]), err)
	full := make([]byte, 4)
	_, err = io.ReadFull(&slowReader{[]byte("ab")}, full)
	fmt.Println(err)
	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		for i := 0; i < 3; i++ {
			fmt.Fprintf(pw, "line %d\n", i)
		}
	}()
	piped, _ := io.ReadAll(rot13Reader{pr})
	fmt.Print(string(piped))
	var sb strings.Builder
	written, err := io.CopyN(&sb, strings.NewReader("copy only this part"), 9)
	fmt.Println(written, err, sb.String())
	mr := io.MultiReader(strings.NewReader("a"), &slowReader{[]byte("bc")}, strings.NewReader("d"))
	m, _ := io.ReadAll(mr)
	fmt.Println(string(m))
	_, err = io.WriteString(upperWriter{os.Stdout}, "shout\n")
	fmt.Println(err)
}
