package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
	"sync"
)

type LogBuf struct {
	*bytes.Buffer
	lines int
}

func (l *LogBuf) Log(s string) {
	l.lines++
	l.WriteString(s)
	l.WriteByte('\n')
}

type SafeCounter struct {
	sync.Mutex
	m map[string]int
}

type Named struct {
	strings.Builder
	name string
}

func write(w io.Writer, s string) { fmt.Fprint(w, s) }

func main() {
	lb := &LogBuf{Buffer: new(bytes.Buffer)}
	lb.Log("one")
	lb.Log("two")
	write(lb, "three\n")
	fmt.Print(lb.String())
	fmt.Println(lb.lines, lb.Len())
	var r io.Reader = lb
	b := make([]byte, 4)
	n, _ := r.Read(b)
	fmt.Println(n, string(b))
	sc := SafeCounter{m: map[string]int{}}
	var wg sync.WaitGroup
	for i := range 10 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sc.Lock()
			defer sc.Unlock()
			sc.m[fmt.Sprint(i%2)]++
		}()
	}
	wg.Wait()
	fmt.Println(sc.m)
	var nb Named
	nb.name = "x"
	nb.WriteString("hello ")
	fmt.Fprintf(&nb, "%s!", nb.name)
	fmt.Println(nb.String(), nb.Len())
	var sw fmt.Stringer = lb
	fmt.Printf("%q\n", sw.String())
	var ws io.StringWriter = &nb
	ws.WriteString("?")
	fmt.Println(nb.String())
}
