package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

type Log struct {
	bytes.Buffer
	lines int
}

func (l *Log) Line(format string, a ...any) {
	l.lines++
	fmt.Fprintf(l, "%03d "+format+"\n", append([]any{l.lines}, a...)...)
}

type SafeCounter struct {
	sync.Mutex
	m map[string]int
}

func (c *SafeCounter) Inc(k string) {
	c.Lock()
	defer c.Unlock()
	c.m[k]++
}

type upperWriter struct{ w io.Writer }

func (u upperWriter) Write(p []byte) (int, error) {
	return u.w.Write(bytes.ToUpper(p))
}

type rot13Reader struct{ r io.Reader }

func (r rot13Reader) Read(p []byte) (int, error) {
	n, err := r.r.Read(p)
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

type Builder struct {
	strings.Builder
	indent int
}

func (b *Builder) Open(tag string) *Builder {
	b.WriteString(strings.Repeat("  ", b.indent) + "<" + tag + ">\n")
	b.indent++
	return b
}

func (b *Builder) Close(tag string) *Builder {
	b.indent--
	b.WriteString(strings.Repeat("  ", b.indent) + "</" + tag + ">\n")
	return b
}

func main() {
	var l Log
	l.Line("start %s", "x")
	l.Line("n=%d f=%.1f", 3, 2.5)
	l.WriteString("raw\n")
	fmt.Print(l.String())
	fmt.Println(l.Len(), l.lines)
	c := SafeCounter{m: map[string]int{}}
	for _, w := range strings.Fields("a b a c b a") {
		c.Inc(w)
	}
	fmt.Println(c.m)
	var sb strings.Builder
	uw := upperWriter{&sb}
	bw := bufio.NewWriter(uw)
	fmt.Fprintf(bw, "hello %d ", 5)
	bw.WriteString("world")
	fmt.Println(sb.Len())
	bw.Flush()
	fmt.Println(sb.String())
	data, err := io.ReadAll(rot13Reader{strings.NewReader("Uryyb, Tbcure!")})
	fmt.Println(string(data), err)
	sc := bufio.NewScanner(io.TeeReader(rot13Reader{strings.NewReader("bar\nonm\nqhk")}, &l))
	for sc.Scan() {
		fmt.Print(sc.Text(), ";")
	}
	fmt.Println(strings.Count(l.String(), "\n"))
	var b Builder
	b.Open("html").Open("body").Close("body").Close("html")
	fmt.Print(b.String())
	var w io.Writer = &b
	fmt.Fprint(w, "tail")
	fmt.Println(b.Len(), strings.HasSuffix(b.String(), "tail"))
	var rw io.ReadWriter = &l
	buf := make([]byte, 4)
	n, _ := rw.Read(buf)
	fmt.Println(n, string(buf))
}
