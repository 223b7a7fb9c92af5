package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type countdown struct {
	n int
}

func (c *countdown) Read(p []byte) (int, error) {
	if c.n == 0 {
		return 0, io.EOF
	}
	s := fmt.Sprintf("line %d\n", c.n)
	c.n--
	return copy(p, s), nil
}

type lower struct{ r io.Reader }

func (l lower) Read(p []byte) (int, error) {
	n, err := l.r.Read(p)
	for i := 0; i < n; i++ {
		if p[i] >= 'A' && p[i] <= 'Z' {
			p[i] += 'a' - 'A'
		}
	}
	return n, err
}

type sink struct{ lines []string }

func (s *sink) Write(p []byte) (int, error) {
	s.lines = append(s.lines, strings.TrimRight(string(p), "\n"))
	return len(p), nil
}

func main() {
	sc := bufio.NewScanner(&countdown{3})
	for sc.Scan() {
		fmt.Println("scanned:", sc.Text())
	}
	b, _ := io.ReadAll(lower{strings.NewReader("HeLLo WORLD")})
	fmt.Println(string(b))
	s := &sink{}
	w := bufio.NewWriter(s)
	fmt.Fprintln(w, "first")
	fmt.Fprintln(w, "second")
	w.Flush()
	fmt.Println(len(s.lines), s.lines)
	n, err := io.Copy(s, io.LimitReader(&countdown{5}, 14))
	fmt.Println(n, err, s.lines[len(s.lines)-1])
	tr := io.TeeReader(strings.NewReader("tee"), s)
	io.ReadAll(tr)
	fmt.Println(s.lines[len(s.lines)-1])
	pr, pw := io.Pipe()
	go func() {
		fmt.Fprint(pw, "through a pipe")
		pw.Close()
	}()
	pb, _ := io.ReadAll(pr)
	fmt.Println(string(pb))
	mr := io.MultiReader(strings.NewReader("a"), strings.NewReader("b"))
	mb, _ := io.ReadAll(mr)
	fmt.Println(string(mb))
}
