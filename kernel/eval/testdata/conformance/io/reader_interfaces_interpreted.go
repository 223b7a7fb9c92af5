package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
)

type alphaReader struct {
	src io.Reader
}

func (a *alphaReader) Read(p []byte) (int, error) {
	buf := make([]byte, len(p))
	n, err := a.src.Read(buf)
	j := 0
	for i := 0; i < n; i++ {
		c := buf[i]
		if (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			p[j] = c
			j++
		}
	}
	return j, err
}

type lineCounter struct{ lines int }

func (l *lineCounter) Write(p []byte) (int, error) {
	l.lines += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

type slowWriter struct{ parts []string }

func (s *slowWriter) Write(p []byte) (int, error) {
	s.parts = append(s.parts, string(p))
	return len(p), nil
}

func main() {
	r := &alphaReader{strings.NewReader("Hello! It's 9am, where is my coffee?")}
	b, err := io.ReadAll(r)
	fmt.Printf("%s %v\n", b, err)
	lc := &lineCounter{}
	var sb strings.Builder
	w := io.MultiWriter(lc, &sb)
	io.Copy(w, strings.NewReader("a\nb\nc\n"))
	fmt.Println(lc.lines, len(sb.String()))
	sc := bufio.NewScanner(&alphaReader{strings.NewReader("ab cd\nef")})
	sc.Split(bufio.ScanRunes)
	n := 0
	for sc.Scan() {
		n++
	}
	fmt.Println("runes:", n)
	sw := &slowWriter{}
	bw := bufio.NewWriterSize(sw, 4)
	bw.WriteString("abcdefghij")
	bw.Flush()
	fmt.Println(sw.parts)
	pr, pw := io.Pipe()
	go func() {
		defer pw.Close()
		io.Copy(pw, &alphaReader{strings.NewReader("p-i-p-e")})
	}()
	out, _ := io.ReadAll(pr)
	fmt.Println(string(out))
	var rw io.ReadWriter = struct {
		io.Reader
		io.Writer
	}{strings.NewReader("rw"), &sb}
	got, _ := io.ReadAll(rw)
	fmt.Fprint(rw, "!")
	fmt.Println(string(got), sb.String()[len(sb.String())-1:])
}
