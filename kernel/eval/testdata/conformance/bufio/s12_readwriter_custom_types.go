package main

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

type Upper struct{ w io.Writer }

func (u Upper) Write(p []byte) (int, error) {
	return u.w.Write([]byte(strings.ToUpper(string(p))))
}

type Slow struct {
	s     string
	calls int
}

func (s *Slow) Read(p []byte) (int, error) {
	s.calls++
	if s.s == "" {
		return 0, io.EOF
	}
	n := copy(p[:min(len(p), 4)], s.s)
	s.s = s.s[n:]
	return n, nil
}

func main() {
	var sb strings.Builder
	w := bufio.NewWriterSize(Upper{&sb}, 16)
	fmt.Fprintf(w, "hello %s, ", "world")
	fmt.Println(w.Buffered(), w.Available(), sb.Len())
	w.WriteString("this is a longer line\n")
	w.WriteRune('é')
	w.WriteByte('!')
	fmt.Println(w.Buffered(), sb.Len())
	w.Flush()
	fmt.Printf("%q\n", sb.String())
	src := &Slow{s: "line one\nline two\nlast"}
	r := bufio.NewReaderSize(src, 16)
	peek, err := r.Peek(6)
	fmt.Printf("%q %v\n", peek, err)
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err != nil {
			break
		}
	}
	fmt.Println(src.calls > 3)
	r2 := bufio.NewReader(&Slow{s: "héllo wörld"})
	for {
		c, size, err := r2.ReadRune()
		if err != nil {
			break
		}
		if size > 1 {
			r2.UnreadRune()
			c, _, _ = r2.ReadRune()
			fmt.Print("[", string(c), "]")
			continue
		}
		fmt.Print(string(c))
	}
	fmt.Println()
	rw := bufio.NewReadWriter(bufio.NewReader(strings.NewReader("ping\n")), bufio.NewWriter(Upper{&sb}))
	sb.Reset()
	l, _, _ := rw.ReadLine()
	rw.Write(append(l, " pong"...))
	rw.Flush()
	fmt.Println(sb.String())
	n, err := bufio.NewReader(&Slow{s: "abc"}).WriteTo(Upper{&sb})
	fmt.Println(n, err, sb.String())
}
