package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// rot13 reads from r and rotates letters.
type rot13 struct{ r io.Reader }

func (x rot13) Read(p []byte) (int, error) {
	n, err := x.r.Read(p)
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

// counter counts bytes and lines written, keeping the text.
type counter struct {
	bytes, lines int
	sb           strings.Builder
}

func (c *counter) Write(p []byte) (int, error) {
	c.bytes += len(p)
	c.lines += strings.Count(string(p), "\n")
	c.sb.Write(p)
	return len(p), nil
}

// limited gives at most 3 bytes per Read.
type limited struct {
	s string
	i int
}

func (l *limited) Read(p []byte) (int, error) {
	if l.i >= len(l.s) {
		return 0, io.EOF
	}
	n := copy(p[:min(3, len(p))], l.s[l.i:])
	l.i += n
	return n, nil
}

func main() {
	c := &counter{}
	n, err := io.Copy(c, rot13{strings.NewReader("Uryyb,\nJbeyq!\n")})
	fmt.Println(n, err, c.bytes, c.lines, c.sb.String())
	fmt.Fprintf(c, "%d-%s\n", 42, "x")
	fmt.Println(c.bytes, c.lines)
	sc := bufio.NewScanner(&limited{s: "one two\nthree four five\nsix"})
	for sc.Scan() {
		fmt.Printf("[%s] ", sc.Text())
	}
	fmt.Println(sc.Err())
	w := bufio.NewWriter(c)
	w.WriteString("buffered\n")
	fmt.Println(c.lines)
	w.Flush()
	fmt.Println(c.lines)
	all, _ := io.ReadAll(io.LimitReader(&limited{s: "abcdefghij"}, 7))
	fmt.Println(string(all))
	mw := io.MultiWriter(c, c)
	io.WriteString(mw, "twice\n")
	fmt.Println(c.lines)
}
